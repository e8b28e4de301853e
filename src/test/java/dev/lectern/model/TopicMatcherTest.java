package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TopicMatcherTest {

    static final TermAnalyzer ANALYZER = new TermAnalyzer();
    static final List<TopicDefinition> TOPICS = List.of(
            new TopicDefinition("Large language models", "llms", "", List.of("large language model"),
                    List.of("LLM"), List.of()),
            new TopicDefinition("Q-learning", "q-learning", "", List.of("Q-function"), List.of(), List.of()),
            new TopicDefinition("Knowledge distillation", "kd", "", List.of("knowledge distillation"),
                    List.of("KD"), List.of("distillation")),
            new TopicDefinition("RLHF", "rlhf", "", List.of("reinforcement learning from human feedback"),
                    List.of("RLHF"), List.of()),
            new TopicDefinition("Reinforcement learning", "rl", "", List.of(), List.of("RL"), List.of()),
            new TopicDefinition("Single-cell genomics", "single-cell", "", List.of(), List.of("scRNA-seq"),
                    List.of()));
    static final TopicMatcher MATCHER = new TopicMatcher(TOPICS, ANALYZER);

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static List<String> slugsOf(String text) {
        return MATCHER.match(ANALYZER.analyze(text)).stream().map(m -> TOPICS.get(m.topic()).slug()).toList();
    }

    private static String reasonFor(String text, String slug) {
        return MATCHER.match(ANALYZER.analyze(text)).stream()
                .filter(m -> TOPICS.get(m.topic()).slug().equals(slug)).findFirst().orElseThrow().reason();
    }

    @Test
    void caseInflectionsAndHyphenationDoNotMatter() {
        assertEquals(List.of("llms"), slugsOf("Scaling Large Language Models to long contexts"));
        assertEquals(List.of("kd"), slugsOf("Distilling a teacher into a student"));
        assertEquals(List.of("q-learning"), slugsOf("We estimate the Q function with a network"));
        assertEquals(List.of("q-learning"), slugsOf("The $Q$-function is central"), "TeX is removed first");
        assertEquals(List.of("q-learning"), slugsOf("Q-functions of many policies"));
    }

    @Test
    void acronymsMatchAsWrittenWithPluralsAndSuffixes() {
        assertEquals(List.of("llms"), slugsOf("Aligning LLMs is hard"));
        assertEquals(List.of("rl"), slugsOf("An RL-based agent"));
        assertEquals(List.of(), slugsOf("an url, a girl, rl in lower case"));
        assertEquals(List.of("single-cell"), slugsOf("ScRNA-seq atlases of the lung"),
                "an acronym that begins in lower case may open a sentence");
    }

    @Test
    void aPhraseDoesNotSpanPunctuation() {
        assertEquals(List.of(), slugsOf("Few speak a large language. Models of it are rare."),
                "\"large language. Models\" is no mention of large language models");
        assertEquals(List.of("kd"), slugsOf("We transfer knowledge; distillation follows."),
                "\"distillation\" alone is a synonym of knowledge distillation");
    }

    @Test
    void theReasonQuotesThePapersOwnWordsOrSaysItDefinesTheAcronym() {
        assertEquals("mentions \u201cDistilling\u201d", reasonFor("Distilling a teacher into a student", "kd"));
        assertEquals("defines RLHF",
                reasonFor("Reinforcement learning from human feedback (RLHF) aligns models.", "rlhf"));
        assertEquals("mentions \u201cLLMs\u201d", reasonFor("Aligning LLMs is hard", "llms"));
        assertEquals("defines LLM", reasonFor("Large language models (LLMs) excel", "llms"));
    }

    @Test
    void theMostMentionedTopicComesFirst() {
        List<String> slugs = slugsOf("LLMs and KD: knowledge distillation (KD) compresses large language models.");
        assertEquals("kd", slugs.get(0), "KD is mentioned three times, LLMs twice");
        assertTrue(slugs.contains("llms"));
    }
}
