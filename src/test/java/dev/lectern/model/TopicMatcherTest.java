package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Filing papers under the taxonomy's topics. */
class TopicMatcherTest {

    private static final List<TopicDefinition> TAXONOMY = List.of(
            new TopicDefinition("Knowledge distillation", "distillation", "", List.of("knowledge distillation",
                    "distillation"), List.of("KD"), List.of("teacher-student training")),
            new TopicDefinition("Language models", "language-models", "", List.of("large language model"),
                    List.of("LLM"), List.of()),
            new TopicDefinition("Value functions", "value-functions", "", List.of("Q function", "value function"),
                    List.of(), List.of()),
            new TopicDefinition("Reinforcement learning", "reinforcement-learning", "",
                    List.of("reinforcement learning"), List.of("RL"), List.of()),
            new TopicDefinition("Solar physics", "solar-physics", "", List.of(), List.of(), List.of()));

    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final TopicMatcher matcher = new TopicMatcher(TAXONOMY, analyzer);

    @AfterEach
    void close() {
        analyzer.close();
    }

    /** The slugs of the topics {@code text} matches, in the matcher's order. */
    private List<String> topics(String text) {
        return matcher.match(text).stream().map(m -> TAXONOMY.get(m.topic()).slug()).toList();
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals(List.of("reinforcement-learning"), topics("REINFORCEMENT Learning for robots"));
    }

    @Test
    void pluralsMatch() {
        assertEquals(List.of("language-models"), topics("Large language models hallucinate."));
        assertEquals(List.of("language-models"), topics("We align LLMs with human preferences."),
                "an acronym's plural matches too");
    }

    @Test
    void inflectionsMatch() {
        assertEquals(List.of("distillation"), topics("Distilling a large teacher into a small student."));
    }

    @Test
    void hyphenationDoesNotMatter() {
        assertEquals(List.of("value-functions"), topics("The $Q$-function is a central quantity."));
        assertEquals(List.of("value-functions"), topics("We learn a Q function from logged data."));
    }

    @Test
    void acronymsAreCaseSensitiveWholeWords() {
        assertEquals(List.of("reinforcement-learning"), topics("Offline RL from logged data."));
        assertEquals(List.of(), topics("Parse the URL and the rl flag."), "neither 'URL' nor 'rl' is 'RL'");
    }

    @Test
    void acronymsMatchInsideHyphenatedCompounds() {
        assertEquals(List.of("reinforcement-learning"), topics("RL-based agents and non-RL baselines."));
        assertEquals(List.of("language-models"), topics("LLM-generated text is everywhere."));
    }

    @Test
    void synonymsMatchLikePhrases() {
        assertEquals(List.of("distillation"), topics("Teacher-student training on synthetic data."));
    }

    @Test
    void topicWithoutPhrasesMatchesItsName() {
        assertEquals(List.of("solar-physics"), topics("Advances in solar physics from Parker Solar Probe."));
    }

    @Test
    void mostMentionedTopicComesFirstAndTheReasonSaysWhy() {
        List<TopicMatcher.Match> matches = matcher.match(
                "Reinforcement learning (RL) fine-tunes large language models; RL needs a value function.");
        List<String> slugs = matches.stream().map(m -> TAXONOMY.get(m.topic()).slug()).toList();
        assertEquals(List.of("reinforcement-learning", "language-models", "value-functions"), slugs);
        assertEquals(3, matches.get(0).count());
        assertEquals("defines RL", matches.get(0).reason(), "the text spells RL out, then uses it");
        assertEquals("mentions \u201clarge language models\u201d", matches.get(1).reason());
    }

    @Test
    void textAboutSomethingElseMatchesNothing() {
        assertTrue(topics("Circadian clocks coordinate physiology with the daily light-dark cycle.").isEmpty());
    }

    /** The paper's own words in the reasons, acronyms that begin in lower case, phrases cut by punctuation. */
    @Nested
    class OwnWords {

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
        static void closeAnalyzer() {
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
}
