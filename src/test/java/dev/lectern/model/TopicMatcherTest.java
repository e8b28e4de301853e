package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
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
    void mostMentionedTopicComesFirstAndTheReasonIsThePhraseThatMatched() {
        List<TopicMatcher.Match> matches = matcher.match(
                "Reinforcement learning (RL) fine-tunes large language models; RL needs a value function.");
        List<String> slugs = matches.stream().map(m -> TAXONOMY.get(m.topic()).slug()).toList();
        assertEquals(List.of("reinforcement-learning", "language-models", "value-functions"), slugs);
        assertEquals(3, matches.get(0).count());
        assertEquals("reinforcement learning", matches.get(0).reason());
    }

    @Test
    void textAboutSomethingElseMatchesNothing() {
        assertTrue(topics("Circadian clocks coordinate physiology with the daily light-dark cycle.").isEmpty());
    }
}
