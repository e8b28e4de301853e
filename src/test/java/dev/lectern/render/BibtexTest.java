package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Abstract;
import dev.lectern.model.Paper;
import dev.lectern.model.PaperInfo;
import dev.lectern.model.Site;
import dev.lectern.model.SiteInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BibTeX entries: usual keys, unique across the site, and text that cannot break the file. */
class BibtexTest {

    static Paper paper(String slug, String title, boolean derived, List<String> authors, Integer year, String venue) {
        return new Paper(slug, title, derived, new Abstract("An abstract.", false), List.of(), List.of(), List.of(),
                new PaperInfo(null, authors, year, venue, Map.of(), "", null));
    }

    static Bibtex of(Paper... papers) {
        Site site = new Site(new SiteInfo("T", "", "https://x.org/", "en"), List.of(), List.of(papers), List.of(),
                List.of());
        return Bibtex.of(site, p -> "https://x.org/papers/" + p.slug() + "/");
    }

    @Test
    void keysAreSurnameYearAndFirstWordOfTheTitle() {
        Paper gkd = paper("gkd", "On-Policy Distillation of Language Models", false,
                List.of("Rishabh Agarwal", "Nino Vieillard"), 2024, null);
        Paper kramar = paper("k", "The Debate Game", false, List.of("Kram\u00e1r, J\u00e1nos"), 2023, null);
        Bibtex bib = of(gkd, kramar);
        assertEquals("agarwal2024onpolicy", bib.key(gkd));
        assertEquals("kramar2023debate", bib.key(kramar), "Last, First names, accents folded, leading 'The' skipped");
    }

    @Test
    void equalKeysGetALetterInPaperOrder() {
        Paper a = paper("a", "Scaling Laws", false, List.of("Ann Lee"), 2020, null);
        Paper b = paper("b", "Scaling Up", false, List.of("Bo Lee"), 2020, null);
        Paper c = paper("c", "Scaling Down", false, List.of("Cy Lee"), 2020, null);
        Bibtex bib = of(a, b, c);
        assertEquals(List.of("lee2020scaling", "lee2020scalingb", "lee2020scalingc"),
                List.of(bib.key(a), bib.key(b), bib.key(c)));
    }

    @Test
    void thePaperTypeFollowsTheVenue() {
        Paper conference = paper("a", "Alpha", false, List.of("Ann Lee"), 2020, "NeurIPS 2020");
        Paper journal = paper("b", "Beta", false, List.of("Ann Lee"), 2021, "Journal of Machine Learning Research");
        Paper preprint = paper("c", "Gamma rays", true, List.of(), null, null);
        Bibtex bib = of(conference, journal, preprint);
        assertTrue(bib.entry(conference).startsWith("@inproceedings{lee2020alpha,\n"), bib.entry(conference));
        assertTrue(bib.entry(conference).contains("  booktitle = {NeurIPS 2020}"));
        assertTrue(bib.entry(journal).contains("  journal = {Journal of Machine Learning Research}"));
        assertTrue(bib.entry(preprint).startsWith("@misc{gamma,\n"), bib.entry(preprint));
        assertTrue(bib.entry(preprint).contains("note = {Title derived from the abstract"), bib.entry(preprint));
        assertTrue(bib.entry(preprint).contains("url = {https://x.org/papers/c/}"), bib.entry(preprint));
    }

    @Test
    void textCannotEndItsFieldOrBreakTheFile() {
        assertEquals("a \\textbraceright{}, b = \\textbraceleft{}x", Bibtex.escape("a }, b = {x"));
        assertEquals("50\\% \\& more \\#1 snake\\_case", Bibtex.escape("50% & more #1 snake_case"));
        assertEquals("C:\\textbackslash{}temp", Bibtex.escape("C:\\temp"));
        assertEquals("$Q$-learning with $x^{2}$ and $\\alpha_t$", Bibtex.escape("$Q$-learning with $x^{2}$ and $\\alpha_t$"));
        assertEquals("costs \\$5", Bibtex.escape("costs $5"), "a lone dollar is not math");
        assertEquals("$\\lbrace x$", Bibtex.escape("${x$"), "an unbalanced brace in math is spelled out");
    }

    @Test
    void everyEntryOfTheFileHasBalancedBraces() {
        Paper nasty = paper("n", "}{ \\ %", false, List.of("A {B"), 2020, "V}");
        String file = new String(of(nasty).file("Site"), java.nio.charset.StandardCharsets.UTF_8);
        int depth = 0;
        for (char ch : file.toCharArray()) {
            depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
            assertTrue(depth >= 0, file);
        }
        assertEquals(0, depth, file);
    }
}
