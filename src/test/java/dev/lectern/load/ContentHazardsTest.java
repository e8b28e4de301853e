package dev.lectern.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.Diagnostics;
import dev.lectern.config.StrictYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter and Markdown files as typos, editors and hostile writers make them. */
class ContentHazardsTest {

    private static final Path FILE = Path.of("content", "papers", "notes.md");

    @TempDir
    Path temp;

    private final Diagnostics diagnostics = new Diagnostics();
    private final ContentParser parser = new ContentParser(new StrictYaml());

    private Optional<ContentDoc<PaperFront>> parse(String text) {
        return parser.parse(FILE, text, PaperFront.class, PaperFront.EMPTY, diagnostics);
    }

    private String onlyError() {
        List<Diagnostic> errors = diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0).toString();
    }

    @Test
    void anUnknownFrontMatterKeyIsAnErrorOnItsLineInTheFile() {
        assertTrue(parse("---\ntitle: T\nauthor: [A]\n---\nBody\n").isEmpty());
        assertTrue(onlyError().startsWith("content/papers/notes.md:3: error: unknown key 'author'"), onlyError());
        assertTrue(onlyError().contains("authors"), "the hint lists the known keys");
    }

    @Test
    void aWrongTypeIsAnErrorOnItsLine() {
        assertTrue(parse("---\ntitle: T\nyear: twenty\n---\n").isEmpty());
        assertTrue(onlyError().startsWith("content/papers/notes.md:3:"), onlyError());
        assertTrue(onlyError().contains("'year': expected a whole number"), onlyError());
    }

    @Test
    void anEmptyAuthorIsAnErrorNotACrash() {
        assertTrue(parse("---\nauthors: [A, ~]\n---\n").isEmpty());
        assertTrue(onlyError().contains("'authors[1]': an empty item"), onlyError());
    }

    @Test
    void frontMatterThatIsNeverClosedIsAnError() {
        assertTrue(parse("---\ntitle: T\nNotes that were meant to be the body.\n").isEmpty());
        assertTrue(onlyError().startsWith("content/papers/notes.md:1: error: front matter starts with '---' but is never closed"),
                onlyError());
    }

    @Test
    void aFenceWithTrailingSpacesIsStillAFence() {
        ContentDoc<PaperFront> doc = parse("---  \ntitle: Real title\n---\t\nBody\n").orElseThrow();
        assertEquals("Real title", doc.front().title());
        assertEquals("Body\n", doc.body());
    }

    @Test
    void crlfAndAByteOrderMarkAreFine() {
        ContentDoc<PaperFront> doc = parse("\uFEFF---\r\ntitle: T\r\nyear: 2024\r\n---\r\nBody\r\n").orElseThrow();
        assertEquals(2024, doc.front().year());
        assertEquals("Body\n", doc.body());
        assertEquals(5, doc.bodyLine());
    }

    @Test
    void anAliasInFrontMatterIsAnErrorOnItsLineInTheFile() {
        assertTrue(parse("---\ntitle: &t T\nvenue: *t\n---\n").isEmpty());
        assertTrue(onlyError().startsWith("content/papers/notes.md:3:"), onlyError());
        assertTrue(onlyError().contains("aliases"), onlyError());
    }

    @Test
    void oversizedFrontMatterIsRefused() {
        assertTrue(parse("---\ntitle: \"" + "x".repeat(StrictYaml.MAX_YAML_CHARS) + "\"\n---\n").isEmpty());
        assertTrue(onlyError().contains("YAML document is too large"), onlyError());
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = temp.resolve("big.md");
        Files.write(file, new byte[(int) ContentParser.MAX_FILE_BYTES + 1]);
        assertTrue(parser.parse(file, PaperFront.class, PaperFront.EMPTY, diagnostics).isEmpty());
        assertTrue(onlyError().contains("content file is too large"), onlyError());
    }

    @Test
    void invalidUtf8IsAnErrorNamingLineColumnAndByteOffsetAsInListings() throws IOException {
        Path file = temp.resolve("notes.md");
        byte[] bytes = "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        assertTrue(parser.parse(file, PaperFront.class, PaperFront.EMPTY, diagnostics).isEmpty());
        Diagnostic error = diagnostics.sorted().get(0);
        assertEquals(2, error.location().line());
        assertEquals(11, error.location().column());
        assertEquals("invalid UTF-8 at byte offset 14 (byte 0xE9)", error.message());
    }

    @Test
    void hostileTextIsKeptAsWrittenForTheRendererToEscape() {
        ContentDoc<PaperFront> doc = parse("---\ntitle: \"<script>alert(1)</script> ${7*7}\"\n"
                + "links:\n  PDF: \"javascript:alert(1)\"\n---\n<img src=x onerror=alert(1)> <#if x>\n").orElseThrow();
        assertEquals("<script>alert(1)</script> ${7*7}", doc.front().title());
        assertEquals("javascript:alert(1)", doc.front().links().get("PDF"), "the model drops it, with a warning");
        assertEquals("<img src=x onerror=alert(1)> <#if x>\n", doc.body());
    }
}
