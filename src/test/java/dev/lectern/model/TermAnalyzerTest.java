package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {

    @Test
    void termsAreLowerCaseStemsWithoutStopWordsOrTex() {
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            assertEquals(List.of("distil", "llm"), analyzer.terms("Distilling LLMs"));
            assertEquals(List.of("q", "function", "reinforc", "learn"),
                    analyzer.terms("The $Q$-function of reinforcement learning"));
        }
    }

    @Test
    void aTitleEndsBeforeTheBodyAndTheOffsetsPointIntoThePlainText() {
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            AnalyzedText text = analyzer.analyze("Scaling $Q$-learning", "We scale learners.");
            assertEquals("Scaling Q-learning. We scale learners.", text.plain());
            assertEquals("Scaling Q-learning. ".length(), text.bodyStart());
            assertEquals(List.of("scale", "q", "learn", "we", "scale", "learner"), text.terms());
            assertEquals("learners", text.written(5, 6));
        }
    }

    @Test
    void textsShareOneCopyOfEachTerm() {
        // 100,000 abstracts held some 2 million copies of their terms apart before, while topics were found
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            AnalyzedText first = analyzer.analyze("Diffusion models learn to denoise.");
            AnalyzedText second = analyzer.analyze("Denoising with diffusion.");
            assertSame(first.term(0), second.term(1), "diffusion");
            assertSame(first.term(3), second.term(0), "denois");
        }
    }
}
