package dev.lectern.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.Diagnostics;
import dev.lectern.config.StrictYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Splitting content files into front matter and Markdown body. */
class ContentParserTest {

    private final ContentParser parser = new ContentParser(new StrictYaml());
    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void frontMatterIsBoundToPaperFrontAndTheBodyKnowsItsFirstLine() {
        Optional<ContentDoc<PaperFront>> doc = parser.parse(Path.of("content/papers/gkd.md"), """
                ---
                arxiv: "2306.13649"
                match: "Knowledge distillation (KD) is widely used"
                title: "On-Policy Distillation of Language Models"
                authors: ["Rishabh Agarwal", "Nino Vieillard"]
                year: 2024
                links:
                  code: "https://github.com/example/gkd"
                topics: [distillation]
                ---
                The student learns from its **own** samples.
                """, PaperFront.class, PaperFront.EMPTY, diagnostics);

        assertEquals(List.of(), diagnostics.sorted());
        ContentDoc<PaperFront> gkd = doc.orElseThrow();
        assertEquals("gkd", gkd.name());
        assertEquals("2306.13649", gkd.front().arxiv());
        assertEquals("On-Policy Distillation of Language Models", gkd.front().title());
        assertEquals(List.of("Rishabh Agarwal", "Nino Vieillard"), gkd.front().authors());
        assertEquals(2024, gkd.front().year());
        assertEquals("https://github.com/example/gkd", gkd.front().links().get("code"));
        assertEquals(List.of("distillation"), gkd.front().topics());
        assertEquals("The student learns from its **own** samples.\n", gkd.body());
        assertEquals(11, gkd.bodyLine(), "nine lines of front matter and two fences come first");
    }

    @Test
    void pageFrontBindsKebabCaseKeys() {
        ContentDoc<PageFront> about = parser.parse(Path.of("content/pages/about.md"),
                "---\r\ntitle: About us\r\nnav-order: 2\r\n---\r\n# Who we are\r\n",
                PageFront.class, PageFront.EMPTY, diagnostics).orElseThrow();
        assertEquals(new PageFront("About us", null, 2), about.front());
        assertEquals("# Who we are\n", about.body(), "CRLF becomes LF");
        assertEquals(5, about.bodyLine());
    }

    @Test
    void unknownKeyIsAnErrorAtItsLineInTheFile() {
        Optional<ContentDoc<PageFront>> doc = parser.parse(Path.of("content/pages/about.md"), """
                ---
                title: About us
                nav-ordr: 2
                ---
                Body
                """, PageFront.class, PageFront.EMPTY, diagnostics);

        assertTrue(doc.isEmpty());
        Diagnostic error = diagnostics.sorted().get(0);
        assertTrue(error.isError());
        assertEquals(3, error.location().line(), "front matter starts on the file's line 2: " + error);
        assertTrue(error.message().contains("nav-ordr"), error.message());
        assertTrue(error.hint().contains("nav-order"), "the hint lists the known keys: " + error.hint());
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        Optional<ContentDoc<PageFront>> doc = parser.parse(Path.of("content/pages/about.md"),
                "---\ntitle: About us\n\n# Who we are\n", PageFront.class, PageFront.EMPTY, diagnostics);
        assertTrue(doc.isEmpty());
        Diagnostic error = diagnostics.sorted().get(0);
        assertTrue(error.isError());
        assertEquals(1, error.location().line());
        assertTrue(error.message().contains("never closed"), error.message());
    }

    @Test
    void fileWithoutFrontMatterGetsTheEmptyFront() {
        ContentDoc<PaperFront> doc = parser.parse(Path.of("content/papers/bbf.md"),
                "\uFEFFJust notes, no front matter.\n", PaperFront.class, PaperFront.EMPTY, diagnostics)
                .orElseThrow();
        assertSame(PaperFront.EMPTY, doc.front());
        assertEquals("Just notes, no front matter.\n", doc.body());
        assertEquals(1, doc.bodyLine());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void emptyFrontMatterGetsTheEmptyFront() {
        ContentDoc<PageFront> doc = parser.parse(Path.of("content/pages/x.md"), "---\n---\nBody\n",
                PageFront.class, PageFront.EMPTY, diagnostics).orElseThrow();
        assertSame(PageFront.EMPTY, doc.front());
        assertEquals("Body\n", doc.body());
        assertEquals(3, doc.bodyLine());
    }
}
