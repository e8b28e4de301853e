package dev.lectern.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into analyzed terms with Lucene's English analyzer: words split at hyphens and punctuation, lower case,
 * stop words removed, Porter stems ({@code "Distilling LLMs"} gives {@code [distil, llm]}). Thread-safe.
 */
final class TermAnalyzer implements AutoCloseable {

    private final Analyzer analyzer = new EnglishAnalyzer();

    /** The terms of {@code text}, in order. TeX is removed first. */
    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", TexText.plain(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing an in-memory string cannot fail", e);
        }
        return terms;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
