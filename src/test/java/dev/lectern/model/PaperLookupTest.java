package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Paper references as digests write them: arXiv ids in their many spellings, slugs, abstract prefixes. */
class PaperLookupTest {

    static Paper paper(String slug, String title, String abstractText, String arxiv) {
        PaperInfo info = new PaperInfo(arxiv, List.of(), null, null, Map.of(), "", null);
        return new Paper(slug, title, false, new Abstract(abstractText, true), List.of(), List.of(), List.of(), info);
    }

    static final List<Paper> PAPERS = List.of(
            paper("gkd", "On-Policy Distillation", "Knowledge distillation (KD) is widely used for compressing a teacher",
                    "2306.13649"),
            paper("waymax", "Waymax", "Simulation is an essential tool to develop and benchmark autonomous vehicles",
                    "2310.08710"),
            paper("warp", "WARP", "Reinforcement learning from human feedback (RLHF) aligns large language models",
                    null),
            paper("bond", "BOND", "Reinforcement learning from human feedback (RLHF) is a key driver of quality",
                    null),
            paper("old", "An old one", "We study strings in eleven dimensions and their many compactifications",
                    "hep-th/9901001v2"));

    final PaperLookup lookup = PaperLookup.of(PAPERS);

    String slugOf(String ref) {
        PaperLookup.Resolution r = lookup.resolve(ref);
        return r.found() ? r.paper().slug() : "none: " + r.problem() + " / " + r.hint();
    }

    @Test
    void anArxivIdFindsThePaperWhateverTheSpelling() {
        for (String ref : List.of("2306.13649", " 2306.13649 ", "2306.13649v2", "arXiv:2306.13649", "arxiv: 2306.13649v1",
                "https://arxiv.org/abs/2306.13649", "http://arxiv.org/pdf/2306.13649v3.pdf",
                "https://export.arxiv.org/abs/2306.13649")) {
            assertEquals("gkd", slugOf(ref), ref);
        }
        assertEquals("old", slugOf("hep-th/9901001"), "old-style ids too, and the notes' version does not matter");
        assertEquals("waymax", slugOf("2310.08710"));
    }

    @Test
    void anArxivIdThatNoPaperHasNamesTheClosestIds() {
        PaperLookup.Resolution r = lookup.resolve("2306.13694");
        assertFalse(r.found());
        assertEquals("no paper has the arXiv id 2306.13694", r.problem());
        assertTrue(r.hint().startsWith("closest papers: 2306.13649 (\u201cOn-Policy Distillation\u201d)"), r.hint());
    }

    @Test
    void aSlugFindsItsPaperAndAnUnknownOneNamesSlugsThatContainIt() {
        assertEquals("warp", slugOf("warp"));
        PaperLookup.Resolution r = lookup.resolve("bon");
        assertEquals("no paper has the slug 'bon'", r.problem());
        assertTrue(r.hint().startsWith("closest papers: bond (\u201cBOND\u201d)"), r.hint());
    }

    @Test
    void anAbstractPrefixFindsItsPaperIgnoringCaseAndPunctuation() {
        assertEquals("gkd", slugOf("knowledge distillation (KD) is widely used"));
        assertEquals("bond", slugOf("Reinforcement learning from human feedback (RLHF) is a key"));
    }

    @Test
    void aPrefixOfSeveralAbstractsListsThem() {
        PaperLookup.Resolution r = lookup.resolve("Reinforcement learning from human feedback (RLHF)");
        assertEquals("the reference fits 2 papers", r.problem());
        assertTrue(r.hint().contains("bond (\u201cBOND\u201d)") && r.hint().contains("warp (\u201cWARP\u201d)"), r.hint());
    }

    @Test
    void aShortOrEmptyReferenceSaysWhatToWrite() {
        assertEquals("\u201cKnowledge dist\u201d is too short to name one paper", lookup.resolve("Knowledge dist").problem());
        assertTrue(lookup.resolve("Knowledge dist").hint().contains("arXiv id or slug"));
        assertEquals("the paper reference is empty", lookup.resolve("  ").problem());
        assertEquals("the paper reference is empty", lookup.resolve(null).problem());
    }

    @Test
    void theArxivIdOfAReference() {
        assertEquals(Optional.of("2306.13649"), PaperLookup.arxivId("arXiv:2306.13649v2"));
        assertEquals(Optional.empty(), PaperLookup.arxivId("2306"));
        assertEquals(Optional.empty(), PaperLookup.arxivId("Knowledge distillation"));
    }

    @Test
    void aPapersDateComesFromItsArxivIdElseItsYear() {
        assertEquals("2023-06-01", PaperDates.of(PAPERS.get(0)).orElseThrow().toString());
        assertEquals("1999-01-01", PaperDates.of(PAPERS.get(4)).orElseThrow().toString());
        assertEquals(Optional.empty(), PaperDates.of(PAPERS.get(2)));
        Paper withYear = new Paper("y", "Y", false, new Abstract("text", false), List.of(), List.of(), List.of(),
                new PaperInfo(null, List.of(), 2021, null, Map.of(), "", null));
        assertEquals("2021-01-01", PaperDates.of(withYear).orElseThrow().toString());
    }
}
