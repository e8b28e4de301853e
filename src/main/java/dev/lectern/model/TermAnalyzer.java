package dev.lectern.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns text into analyzed terms with Lucene's English analyzer: words split at hyphens and punctuation, lower case,
 * stop words removed, Porter stems ({@code "Distilling LLMs"} gives {@code [distil, llm]}). Thread-safe.
 */
final class TermAnalyzer implements AutoCloseable {

    private final Analyzer analyzer = new EnglishAnalyzer();
    /**
     * One copy of each term for all the texts this analyzer reads: the same stems make up every abstract, and
     * while related papers and topics were found for 100,000 papers the heap held 4.08 million strings, some 2
     * million of them copies of terms. A shared copy also keeps its hash, which those algorithms look up.
     */
    private final Map<String, String> vocabulary = new ConcurrentHashMap<>();

    /** The terms of {@code text}, in order. TeX is removed first. */
    List<String> terms(String text) {
        return analyze(text).terms();
    }

    /** The terms of {@code text} with their places in its plain form. TeX is removed first. */
    AnalyzedText analyze(String text) {
        return analyze(TexText.plain(text), 0);
    }

    /** A paper's title and text, analyzed as one text that says where the title ends. */
    AnalyzedText analyze(String title, String text) {
        String plainTitle = TexText.plain(title).strip();
        String prefix = plainTitle.isEmpty() ? "" : plainTitle + (plainTitle.matches(".*[.!?]$") ? " " : ". ");
        return analyze(prefix + TexText.plain(text), prefix.length());
    }

    private AnalyzedText analyze(String plain, int bodyStart) {
        List<String> terms = new ArrayList<>();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int[] gaps = new int[16];
        try (TokenStream stream = analyzer.tokenStream("text", plain)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int previousEnd = -1;
            while (stream.incrementToken()) {
                int n = terms.size();
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                    gaps = Arrays.copyOf(gaps, n * 2);
                }
                terms.add(shared(term.toString()));
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                int gap = increment.getPositionIncrement() > 1 ? AnalyzedText.AFTER_STOP_WORD : 0;
                if (previousEnd < 0 || punctuationBetween(plain, previousEnd, starts[n])) {
                    gap |= AnalyzedText.AFTER_PUNCTUATION;
                }
                gaps[n] = gap;
                previousEnd = ends[n];
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing an in-memory string cannot fail", e);
        }
        int n = terms.size();
        return new AnalyzedText(plain, bodyStart, terms.toArray(String[]::new), Arrays.copyOf(starts, n),
                Arrays.copyOf(ends, n), Arrays.copyOf(gaps, n));
    }

    /** The one copy of {@code term} that every text shares. */
    private String shared(String term) {
        String known = vocabulary.putIfAbsent(term, term);
        return known != null ? known : term;
    }

    /** Whether anything but spaces, hyphens and the letters of dropped stop words lies in {@code text[from, to)}. */
    private static boolean punctuationBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c != '-' && c != '\u2010'
                    && c != '\u2011' && c != '\'' && c != '\u2019') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
