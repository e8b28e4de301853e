package dev.lectern.model;

import java.util.List;

/**
 * A text as the topic and similarity algorithms read it: its plain form (TeX removed) and its analyzed terms, each
 * with where it stands in the plain text and what separates it from the term before. Built once per paper by
 * {@link TermAnalyzer#analyze(String)} and shared by every algorithm that needs the paper's words.
 */
final class AnalyzedText {

    /** Punctuation other than a hyphen lies between this term and the one before (a phrase cannot span it). */
    static final int AFTER_PUNCTUATION = 1;
    /** A stop word was dropped just before this term. */
    static final int AFTER_STOP_WORD = 2;

    private final String plain;
    private final String[] terms;
    private final int[] starts;
    private final int[] ends;
    private final int[] gaps;
    private final int bodyStart;

    AnalyzedText(String plain, int bodyStart, String[] terms, int[] starts, int[] ends, int[] gaps) {
        this.plain = plain;
        this.bodyStart = bodyStart;
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
        this.gaps = gaps;
    }

    /** The text with TeX removed; offsets refer to it. */
    String plain() {
        return plain;
    }

    /**
     * Where the running text starts in {@link #plain()}: after the title, whose capitals say nothing about names
     * ({@code "Bigger, Better, Faster"}); 0 when there is no title.
     */
    int bodyStart() {
        return bodyStart;
    }

    int size() {
        return terms.length;
    }

    String term(int i) {
        return terms[i];
    }

    /** The terms in order, as an unmodifiable list. */
    List<String> terms() {
        return List.of(terms);
    }

    /** Where term {@code i} starts in {@link #plain()}. */
    int start(int i) {
        return starts[i];
    }

    /** Where term {@code i} ends in {@link #plain()}. */
    int end(int i) {
        return ends[i];
    }

    /** What lies between term {@code i} and the one before: a combination of the {@code AFTER_*} flags. */
    int gapBefore(int i) {
        return gaps[i];
    }

    /** The words of the plain text from term {@code from} to term {@code to} (exclusive), as written. */
    String written(int from, int to) {
        return plain.substring(starts[from], ends[to - 1]);
    }
}
