package dev.lectern.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostics;
import dev.lectern.config.StrictYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Digest front matter: bound strictly, with the line of every paper reference kept for messages. */
class DigestParserTest {

    static final Path FILE = Path.of("content/digests/2026-11-18-x.md");

    final Diagnostics diagnostics = new Diagnostics();

    DigestSource parse(String text) {
        return new DigestParser(new ContentParser(new StrictYaml())).parse(FILE, text, diagnostics).orElseThrow();
    }

    @Test
    void readsEveryPartAndTheLinesOfKeysAndReferences() {
        DigestSource source = parse("""
                ---
                date: 2026-11-18
                title: On-policy distillation
                hosts: [Amira, Jonas]
                status: held
                papers:
                  - ref: 2306.13649
                    note: Amira presents
                    questions:
                      - Why?
                      - How?

                  - "Speculative decoding (SD) accelerates"
                  - 2310.08710
                ---
                ## Notes
                """);
        DigestFront front = source.doc().front();
        assertEquals("2026-11-18", front.date(), "a date stays the text it was written as");
        assertEquals(List.of("Amira", "Jonas"), front.hosts());
        assertEquals(List.of(new DigestFront.PaperEntry("2306.13649", "Amira presents", List.of("Why?", "How?")),
                        new DigestFront.PaperEntry("Speculative decoding (SD) accelerates", null, null),
                        new DigestFront.PaperEntry("2310.08710", null, null)),
                front.papers(), "an unquoted arXiv id keeps its trailing 0");
        assertEquals(List.of(7, 13, 14), source.paperLines());
        assertEquals(2, source.lineOf("date"));
        assertEquals(5, source.lineOf("status"));
        assertEquals(1, source.lineOf("place"), "a key that is not there points at the front matter");
        assertEquals("## Notes\n", source.doc().body());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void aSingleHostAndASingleQuestionNeedNoList() {
        DigestFront front = parse("""
                ---
                host: Li Wei
                papers:
                  - ref: arXiv:2408.15240
                    questions: Why generate?
                ---
                """).doc().front();
        assertEquals(List.of("Li Wei"), front.hosts());
        assertEquals(List.of("Why generate?"), front.papers().get(0).questions());
    }

    @Test
    void referencesInAFlowListShareTheirLine() {
        DigestSource source = parse("""
                ---
                status: upcoming
                papers: [2306.13649, 2310.08710]
                ---
                """);
        assertEquals(List.of(3, 3), source.paperLines());
    }

    @Test
    void theSameReferenceTwiceGetsTwoLines() {
        DigestSource source = parse("""
                ---
                papers:
                  - 2306.13649
                  - 2306.13649
                ---
                """);
        assertEquals(List.of(3, 4), source.paperLines());
    }

    @Test
    void timesAndOddScalarsStayText() {
        DigestFront front = parse("""
                ---
                time: 16:00
                title: 2026
                place: yes
                ---
                """).doc().front();
        assertEquals("16:00", front.time());
        assertEquals("2026", front.title());
        assertEquals("yes", front.place());
    }

    @Test
    void anUnknownKeyOrAWrongShapeIsAnErrorAtItsLine() {
        Diagnostics d = new Diagnostics();
        new DigestParser(new ContentParser(new StrictYaml())).parse(FILE, """
                ---
                papers:
                  - ref: 2306.13649
                    notes: typo
                ---
                """, d);
        assertEquals(1, d.sorted().size());
        assertTrue(d.sorted().get(0).toString().startsWith(FILE + ":4: error: unknown key 'notes'"), d.sorted().toString());

        Diagnostics shape = new Diagnostics();
        new DigestParser(new ContentParser(new StrictYaml())).parse(FILE, """
                ---
                papers:
                  - ref: [1, 2]
                ---
                """, shape);
        assertTrue(shape.sorted().get(0).toString().contains("wrong value for 'papers[0].ref'"),
                shape.sorted().toString());
        assertTrue(shape.sorted().get(0).toString().contains("expected text, not a list or mapping"),
                shape.sorted().toString());
    }

    @Test
    void aFileWithoutFrontMatterIsAnEmptyDigest() {
        DigestSource source = parse("Just notes.\n");
        assertEquals(DigestFront.EMPTY, source.doc().front());
        assertEquals(Map.of(), source.keyLines());
    }
}
