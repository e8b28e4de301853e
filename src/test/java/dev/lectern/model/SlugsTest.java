package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** URL names made from titles. */
class SlugsTest {

    @Test
    void titleBecomesLowerCaseWordsJoinedByHyphens() {
        assertEquals("sit-symmetry-invariant-transformers", Slugs.slugify("SiT: Symmetry-Invariant Transformers"));
        assertEquals("don-t-throw-away-data", Slugs.slugify("Don't Throw Away Data!"));
    }

    @Test
    void accentsAreFoldedToAscii() {
        assertEquals("janos-kramar-strasse-bjorn-lodz", Slugs.slugify("János Kramár — Straße björn łódź"));
    }

    @Test
    void capitalsWithoutADecompositionAreFoldedToo() {
        assertEquals("ostergard-aero-lodz", Slugs.slugify("Østergård Ærø Łódź"));
    }

    @Test
    void longTitleIsCutAtAWordBoundary() {
        String slug = Slugs.slugify("Scalable Reinforcement Post-Training Beyond Static Human Prompts: Evolving "
                + "Alignment via Asymmetric Self-Play");
        assertEquals("scalable-reinforcement-post-training-beyond-static-human", slug);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
    }

    @Test
    void slugNeverContainsSlashesOrDotsAndNeverStartsWithAHyphen() {
        String slug = Slugs.slugify("../../etc/passwd v1.5 ");
        assertEquals("etc-passwd-v1-5", slug);
        assertFalse(slug.contains("/") || slug.contains("."));
    }

    @Test
    void textWithoutLatinLettersGetsAStableHashedSlug() {
        assertEquals("", Slugs.slugify("量子计算"));
        String slug = Slugs.slugOr("量子计算", "paper");
        assertTrue(slug.matches("paper-[0-9a-f]{8}"), slug);
        assertEquals(slug, Slugs.slugOr("量子计算", "paper"), "the same text always gets the same slug");
        assertFalse(slug.equals(Slugs.slugOr("量子纠缠", "paper")));
    }

    @Test
    void shortHashIsTheStartOfSha256() {
        assertEquals("ba7816bf", Slugs.shortHash("abc", 8));
    }
}
