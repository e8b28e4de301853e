package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding each paper's most similar papers. */
class RelatedPapersTest {

    /** Three fields, four papers each; the first four are about knowledge distillation. */
    private static final List<String> ABSTRACTS = List.of(
            "Knowledge distillation compresses a large teacher model into a small student model.",
            "On-policy distillation trains the student on its own samples with teacher feedback.",
            "Speculative knowledge distillation interleaves student proposals and teacher corrections.",
            "Distilling a teacher into a student: sequence-level knowledge distillation for translation.",
            "Offline reinforcement learning learns a policy from logged data without exploration.",
            "Value-based reinforcement learning agents estimate the Q-function of their policy.",
            "Reward shaping speeds up reinforcement learning of a policy in sparse environments.",
            "Policy gradient reinforcement learning with a learned value baseline reduces variance.",
            "Circadian clocks coordinate the physiology of cells with the daily light cycle.",
            "The transcription factor BMAL1 controls circadian timing of insulin secretion in cells.",
            "Light exposure at night shifts the circadian clock of mouse liver cells.",
            "Clock genes regulate the daily cycle of metabolism in cells of the liver.");

    private final TermAnalyzer analyzer = new TermAnalyzer();

    @AfterEach
    void close() {
        analyzer.close();
    }

    private int[][] related(List<String> abstracts, int k) {
        return RelatedPapers.topK(abstracts.stream().map(analyzer::terms).toList(), k);
    }

    private static Set<Integer> set(int[] indexes) {
        return Arrays.stream(indexes).boxed().collect(Collectors.toSet());
    }

    @Test
    void inALargeSiteADistillationPaperIsRelatedToTheOtherDistillationPapers() {
        List<String> site = new ArrayList<>(ABSTRACTS);
        for (int i = 0; site.size() < 60; i++) {
            site.add("Survey number " + i + " of widget" + i + " gadgets and gizmo" + i + " sprockets.");
        }
        int[][] related = related(site, 3);
        assertEquals(Set.of(1, 2, 3), set(related[0]), Arrays.toString(related[0]));
    }

    @Test
    void distillationPaperIsRelatedToTheOtherDistillationPapers() {
        int[][] related = related(ABSTRACTS, 3);
        assertEquals(Set.of(1, 2, 3), set(related[0]), Arrays.toString(related[0]));
    }

    @Test
    void everyPapersNeighboursComeFromItsOwnField() {
        int[][] related = related(ABSTRACTS, 2);
        for (int paper = 0; paper < ABSTRACTS.size(); paper++) {
            int field = paper / 4;
            for (int other : related[paper]) {
                assertEquals(field, other / 4, "paper " + paper + " is related to " + other);
            }
            assertTrue(related[paper].length > 0, "paper " + paper + " found no neighbour");
        }
    }

    @Test
    void resultsAreDeterministic() {
        int[][] first = related(ABSTRACTS, 3);
        for (int run = 0; run < 5; run++) {
            int[][] again = related(ABSTRACTS, 3);
            IntStream.range(0, first.length).forEach(i -> assertArrayEquals(first[i], again[i]));
        }
    }

    @Test
    void papersSharingNoTermsAreNotRelated() {
        int[][] related = related(List.of(
                "Knowledge distillation compresses a teacher into a student.",
                "Circadian clocks coordinate physiology with daylight.",
                "Knowledge distillation trains a student on teacher outputs."), 5);
        assertArrayEquals(new int[] {2}, related[0]);
        assertArrayEquals(new int[0], related[1], "the circadian paper shares no term with the others");
        assertArrayEquals(new int[] {0}, related[2]);
    }

    @Test
    void aPaperIsNeverItsOwnNeighbour() {
        int[][] related = related(ABSTRACTS, 11);
        for (int paper = 0; paper < related.length; paper++) {
            assertTrue(!set(related[paper]).contains(paper), "paper " + paper);
        }
    }

    @Test
    void inTheSeedsADistillationPaperIsRelatedToOtherDistillationPapers() throws IOException {
        List<String> abstracts = Listings.seeds();
        int[][] related = RelatedPapers.topK(abstracts.stream().map(analyzer::terms).toList(), 5);
        int kd = indexOf(abstracts, "Knowledge distillation (KD) is widely used");
        long distillation = Arrays.stream(related[kd])
                .filter(i -> abstracts.get(i).toLowerCase(Locale.ROOT).contains("distillation")).count();
        assertTrue(distillation >= 2, "related: " + Arrays.stream(related[kd]).mapToObj(abstracts::get).toList());
        assertTrue(abstracts.get(related[kd][0]).toLowerCase(Locale.ROOT).contains("distillation"),
                "the most similar paper is about distillation too");
    }

    @Test
    void relatedListsAreDeterministicAndBreakTiesByPaperOrder() {
        List<String> abstracts = List.of(
                "Graphene superconductivity at the magic angle",
                "Twisted graphene shows superconductivity",
                "Twisted graphene shows superconductivity",
                "Twisted graphene shows superconductivity",
                "Protein folding with deep networks");
        int[][] first = RelatedPapers.topK(abstracts.stream().map(analyzer::terms).toList(), 2);
        int[][] second = RelatedPapers.topK(abstracts.stream().map(analyzer::terms).toList(), 2);
        for (int i = 0; i < abstracts.size(); i++) {
            assertArrayEquals(first[i], second[i]);
        }
        assertArrayEquals(new int[] {2, 3}, first[1], "equal scores: the earlier paper first");
        assertArrayEquals(new int[] {1, 3}, first[2]);
        assertEquals(0, first[4].length, "a paper that shares no term with any other has no related papers");
    }

    @Test
    void largeListingsAreSearchedThroughChampionListsWithTheSameTopNeighbours() {
        // 3,000 papers: each term is in more papers than a champion list holds, yet a paper's twin is still found
        List<String> abstracts = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            String marker = "m" + i + "x";
            abstracts.add("common words about models and data " + marker + " shared signal");
            abstracts.add("common words about models and data " + marker + " shared signal again");
        }
        int[][] related = RelatedPapers.topK(abstracts.stream().map(analyzer::terms).toList(), 1);
        for (int i = 0; i < abstracts.size(); i += 2) {
            assertArrayEquals(new int[] {i + 1}, related[i], "paper " + i);
        }
    }

    private static int indexOf(List<String> abstracts, String prefix) {
        for (int i = 0; i < abstracts.size(); i++) {
            if (abstracts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no abstract starts with " + prefix);
    }
}
