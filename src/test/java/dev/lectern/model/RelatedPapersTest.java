package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RelatedPapersTest {

    static final TermAnalyzer ANALYZER = new TermAnalyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static List<List<String>> terms(List<String> abstracts) {
        return abstracts.stream().map(ANALYZER::terms).toList();
    }

    @Test
    void aKnowledgeDistillationPaperIsRelatedToOtherDistillationPapers() throws IOException {
        List<String> abstracts = Listings.seeds();
        int[][] related = RelatedPapers.topK(terms(abstracts), 5);
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
        int[][] first = RelatedPapers.topK(terms(abstracts), 2);
        int[][] second = RelatedPapers.topK(terms(abstracts), 2);
        for (int i = 0; i < abstracts.size(); i++) {
            assertArrayEquals(first[i], second[i]);
        }
        assertArrayEquals(new int[] {2, 3}, first[1], "equal scores: the earlier paper first");
        assertArrayEquals(new int[] {1, 3}, first[2]);
        assertEquals(0, first[4].length, "a paper that shares no term with any other has no related papers");
    }

    @Test
    void eachPaperGetsAtMostKAndNeverItself() throws IOException {
        List<String> abstracts = Listings.seeds();
        int[][] related = RelatedPapers.topK(terms(abstracts), 3);
        for (int i = 0; i < related.length; i++) {
            assertTrue(related[i].length <= 3);
            for (int j : related[i]) {
                assertTrue(j != i);
            }
        }
        assertEquals(0, RelatedPapers.topK(terms(abstracts), 0)[0].length);
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
        int[][] related = RelatedPapers.topK(terms(abstracts), 1);
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
