package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the paper that notes or digests refer to. */
class PaperFinderTest {

    private static final List<String> ABSTRACTS = List.of(
            "Knowledge distillation (KD) is widely used for compressing a teacher model to reduce its inference cost",
            "Knowledge distillation (KD) is widely used, yet its students rarely match the teacher",
            "The $Q$-function is a central quantity in many Reinforcement Learning (RL) algorithms",
            "Speculative decoding (SD) accelerates large language model inference");
    private static final List<String> SLUGS = List.of("gkd", "kd-students", "implicit-q", "distillspec");

    private final PaperFinder finder = new PaperFinder(
            ABSTRACTS.stream().map(a -> PaperIdentity.key(TexText.plain(a))).toList(), SLUGS,
            List.of("GKD", "KD students", "Implicit Q", "DistillSpec"));

    @Test
    void slugFindsThePaper() {
        assertEquals(2, finder.find("implicit-q", null, null).index());
    }

    @Test
    void abstractPrefixFindsThePaperWhateverItsCaseTexAndPunctuation() {
        assertEquals(2, finder.find(null, "the Q-function is a central quantity", null).index());
        assertEquals(2, finder.find(null, "The $Q$-function is a central", null).index());
    }

    @Test
    void prefixThatFitsTwoPapersSaysSoAndNamesThem() {
        PaperFinder.Result result = finder.find(null, "Knowledge distillation (KD) is widely used", null);
        assertEquals(-1, result.index());
        assertTrue(result.problem().contains("2 papers"), result.problem());
        assertTrue(result.hint().contains("gkd") && result.hint().contains("kd-students"), result.hint());
    }

    @Test
    void tooShortPrefixIsRefused() {
        PaperFinder.Result result = finder.find(null, "Speculative", null);
        assertEquals(-1, result.index());
        assertTrue(result.problem().contains("too short"), result.problem());
    }

    @Test
    void unknownSlugSuggestsTheClosestOnes() {
        PaperFinder.Result result = finder.find("implicit-q-learning", null, null);
        assertEquals(-1, result.index());
        assertTrue(result.hint().startsWith("closest slugs: implicit-q"), result.hint());
    }

    @Test
    void prefixThatMatchesNothingSuggestsTheNearestPapers() {
        PaperFinder.Result result = finder.find(null, "Speculative sampling makes decoding faster", null);
        assertEquals(-1, result.index());
        assertTrue(result.hint().contains("distillspec"), result.hint());
    }

    @Test
    void quoteLongerThanAPaperCutShortStillFindsIt() {
        String quote = "Speculative decoding (SD) accelerates large language model inference by employing a "
                + "faster draft model";
        assertEquals(3, finder.find(null, quote, null).index());
    }

    @Test
    void fileNameIsTriedAsASlugWhenNothingElseIsGiven() {
        assertEquals(1, finder.find(null, null, "kd-students").index());
        assertEquals(-1, finder.find(null, null, "notes-on-nothing").index());
    }
}
