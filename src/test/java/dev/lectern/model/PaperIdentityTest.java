package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which listing lines are one paper. */
class PaperIdentityTest {

    private static final String KD = "Knowledge distillation (KD) is widely used for compressing a teacher model to "
            + "reduce its inference cost and memory footprint, by training a smaller student model.";

    /** The groups as lists of line indexes, for readable assertions. */
    private static List<List<Integer>> groups(String... plainLines) {
        List<String> keys = java.util.Arrays.stream(plainLines).map(PaperIdentity::key).toList();
        return PaperIdentity.group(keys).stream()
                .map(g -> java.util.Arrays.stream(g).boxed().toList())
                .toList();
    }

    @Test
    void keyIgnoresCasePunctuationAndSpacing() {
        assertEquals("the q function is central", PaperIdentity.key("The  Q-function, is   CENTRAL!"));
        assertEquals(PaperIdentity.key("ﬁne-tuning"), PaperIdentity.key("fine tuning"), "ligatures are normalized");
    }

    @Test
    void equalLinesAreOnePaper() {
        assertEquals(List.of(List.of(0, 2), List.of(1)),
                groups(KD, "Speculative decoding accelerates large language model inference.", KD.toUpperCase()));
    }

    @Test
    void lineThatIsALongPrefixOfAnotherIsTheSamePaperCutEarlier() {
        String cutEarly = KD.substring(0, 60);
        assertEquals(List.of(List.of(0, 1)), groups(cutEarly, KD));
    }

    @Test
    void prefixShorterThanFortyCharactersIsNotEnoughEvidence() {
        String shortPrefix = KD.substring(0, 30);
        assertEquals(List.of(List.of(0), List.of(1)), groups(shortPrefix, KD));
    }

    @Test
    void twoDifferentAbstractsSharingALongOpeningAreTwoPapers() {
        String opening = "Large language models (LLMs) excel at few-shot in-context learning, ";
        assertEquals(List.of(List.of(0), List.of(1)), groups(
                opening + "and we show that many-shot prompting helps further.",
                opening + "but struggle with long-horizon planning tasks."));
    }

    @Test
    void prefixOfTwoDivergingLinesJoinsOnlyOneOfThem() {
        String opening = "Large language models (LLMs) excel at few-shot in-context learning, ";
        String a = opening + "and we show that many-shot prompting helps further.";
        String b = opening + "but struggle with long-horizon planning tasks.";
        List<List<Integer>> groups = groups(opening, b, a);
        assertEquals(2, groups.size(), "the prefix may not glue the two papers together: " + groups);
        assertEquals(List.of(0, 2), groups.get(0), "it joins the branch that sorts first");
        assertEquals(List.of(1), groups.get(1));
    }

    @Test
    void groupsAreOrderedByTheirFirstLine() {
        String other = "Speculative decoding accelerates large language model inference.";
        assertEquals(List.of(List.of(0), List.of(1, 3), List.of(2)),
                groups(other, KD, "Protein folding is governed by hydrophobic collapse.", KD.substring(0, 80)));
    }
}
