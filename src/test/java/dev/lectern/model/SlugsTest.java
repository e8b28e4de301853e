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
    void asciiTitlesGetTheSlugsThatTheUnicodePathGives() {
        // a combining accent makes a title non-ASCII and is itself folded away, so both paths must agree
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aZ09 -_:.!?/'\"()[]{}$~\\\t";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder title = new StringBuilder();
            for (int i = random.nextInt(90); i > 0; i--) {
                title.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String ascii = title.toString();
            assertEquals(Slugs.slugify(ascii + "\u0301"), Slugs.slugify(ascii), ascii);
        }
        assertEquals("q-function", Slugs.slugify("  The $Q$-function  ".substring(6)));
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
