package dev.lectern.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.Diagnostics;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading listings: the header, the paper lines, and what real files bring. */
class ListingParserTest {

    private static final Path FILE = Path.of("seeds/physics.txt");

    private final ListingParser parser = new ListingParser();
    private final Diagnostics diagnostics = new Diagnostics();

    private ListingSource parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private ListingSource parse(byte[] bytes) {
        Optional<ListingSource> source = parser.parse(FILE, bytes, diagnostics);
        assertTrue(source.isPresent(), () -> "the listing was refused: " + diagnostics.sorted());
        return source.get();
    }

    private static List<String> texts(ListingSource source) {
        return source.entries().stream().map(ListingEntry::text).toList();
    }

    @Test
    void headerGivesTheDeclaredCountAndEachLineIsAPaper() {
        ListingSource source = parse("""
                2 papers on arXiv
                Coronal rain forms in active region loops. We present observations...
                The solar wind is a continuous outflow of plasma from the corona...
                """);
        assertEquals(2, source.declaredCount());
        assertEquals(List.of("Coronal rain forms in active region loops. We present observations",
                "The solar wind is a continuous outflow of plasma from the corona"), texts(source));
        assertEquals(List.of(2, 3), source.entries().stream().map(ListingEntry::line).toList());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void countMismatchWarnsWithFileAndLineOne() {
        parse("""
                3 papers on arXiv
                Coronal rain forms in active region loops...
                The solar wind is a continuous outflow of plasma...
                """);
        List<Diagnostic> problems = diagnostics.sorted();
        assertEquals(1, problems.size(), problems::toString);
        Diagnostic warning = problems.get(0);
        assertFalse(warning.isError(), "a wrong count is worth a warning, not a failed build");
        assertEquals(FILE, warning.location().file());
        assertEquals(1, warning.location().line());
        assertTrue(warning.message().contains("3") && warning.message().contains("2"), warning.message());
        assertTrue(warning.toString().startsWith("seeds/physics.txt:1: warning:"), warning.toString());
    }

    @Test
    void missingHeaderWarnsAndTheFirstLineIsReadAsAPaper() {
        ListingSource source = parse("""
                Coronal rain forms in active region loops...
                The solar wind is a continuous outflow of plasma...
                """);
        assertEquals(-1, source.declaredCount());
        assertEquals(2, source.entries().size());
        assertEquals("Coronal rain forms in active region loops", source.entries().get(0).text());
        Diagnostic warning = diagnostics.sorted().get(0);
        assertFalse(warning.isError());
        assertEquals(1, warning.location().line());
        assertTrue(warning.message().contains("header"), warning.message());
    }

    @Test
    void crlfBomBlankLinesAndTrailingSpacesAreTolerated() {
        String text = "\uFEFF2 papers on arXiv  \r\n\r\n"
                + "Coronal rain forms in active region loops...   \r\n"
                + "   \r\n"
                + "The solar wind is a continuous outflow of plasma... \t\r\n";
        ListingSource source = parse(text);
        assertEquals(2, source.declaredCount());
        assertEquals(List.of("Coronal rain forms in active region loops",
                "The solar wind is a continuous outflow of plasma"), texts(source));
        assertTrue(source.entries().stream().allMatch(ListingEntry::cut));
        assertEquals(List.of(3, 5), source.entries().stream().map(ListingEntry::line).toList(),
                "line numbers count the blank lines, so that messages point at the right line");
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void trailingDotsMarkTheCutAndAreRemoved() {
        ListingEntry entry = parse("1 papers on arXiv\nSunspot penumbrae host Evershed flows whose driving mechanism is...\n")
                .entries().get(0);
        assertTrue(entry.cut());
        assertEquals("Sunspot penumbrae host Evershed flows whose driving mechanism is", entry.text());
    }

    @Test
    void lineWithoutDotsIsNotCut() {
        ListingEntry entry = parse("1 papers on arXiv\nSunspot penumbrae host Evershed flows.\n").entries().get(0);
        assertFalse(entry.cut());
        assertEquals("Sunspot penumbrae host Evershed flows.", entry.text(), "a sentence's own full stop stays");
    }

    @Test
    void invalidUtf8IsAnErrorWithLineAndByteOffset() {
        // the policy of every text input (SourceText): a replaced byte is text silently lost, so it is an error
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] header = "1 papers on arXiv\n".getBytes(StandardCharsets.UTF_8);
        bytes.writeBytes(header);
        bytes.writeBytes("Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 'é', not UTF-8
        bytes.writeBytes(" au lait...\n".getBytes(StandardCharsets.UTF_8));

        Optional<ListingSource> source = parser.parse(FILE, bytes.toByteArray(), diagnostics);

        assertTrue(source.isEmpty());
        Diagnostic error = diagnostics.sorted().get(0);
        assertTrue(error.isError());
        assertEquals(2, error.location().line());
        assertEquals(4, error.location().column());
        int offset = header.length + 3;
        assertTrue(error.message().contains("byte offset " + offset), error.message());
    }

    @Test
    void binaryFileIsAnError() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        Optional<ListingSource> source = parser.parse(FILE, png, diagnostics);
        assertTrue(source.isEmpty());
        assertTrue(diagnostics.hasErrors());
        assertTrue(diagnostics.sorted().get(0).message().contains("binary"), diagnostics.sorted().toString());
    }

    @Test
    void emptyFileWarns() {
        ListingSource source = parse("");
        assertEquals(List.of(), source.entries());
        assertFalse(diagnostics.hasErrors());
        assertEquals(1, diagnostics.warningCount());
        assertTrue(diagnostics.sorted().get(0).message().contains("empty"));
    }

    @Test
    void texIsKeptAsWrittenInTheEntryText() {
        ListingSource source = parse("""
                2 papers on arXiv
                The $Q$-function is a central quantity in many algorithms...
                Prevalent reinforcement learning~(RL) methods abandon the value function...
                """);
        assertEquals(List.of("The $Q$-function is a central quantity in many algorithms",
                "Prevalent reinforcement learning~(RL) methods abandon the value function"), texts(source));
    }

    @Test
    void htmlLikeTextIsKeptForTheRendererToEscape() {
        ListingSource source = parse("1 papers on arXiv\nWe show that <script>alert(1)</script> & friends fail...\n");
        assertEquals("We show that <script>alert(1)</script> & friends fail", source.entries().get(0).text());
    }

    @Test
    void spacesAreNormalAndLinesEndAtAnyLineBreakWhateverTheMixOfCharacters() {
        assertEquals("a b", ListingParser.normalizeSpace("a b"));
        assertEquals("a b", ListingParser.normalizeSpace("  a  \t b  "));
        assertEquals("Schr\u00f6dinger \u2211 \u03b1", ListingParser.normalizeSpace("Schr\u00f6dinger\u00a0\u2211\u2003\u03b1"));
        assertEquals("ab", ListingParser.normalizeSpace("a\u0007b"));
        assertEquals("ab", ListingParser.normalizeSpace("a\uFEFFb"));
        assertEquals("a b", ListingParser.normalizeSpace("a\u200Bb"));
        assertEquals("a\u200Eb", ListingParser.normalizeSpace("a\u200Eb"), "other format characters stay");
        assertEquals("ab", ListingParser.normalizeSpace("a\u0085b"), "C1 controls go");
        assertEquals("", ListingParser.normalizeSpace("   "));
        String plain = "Plain text, with ASCII only; and (TeX) $x^2$~here.";
        assertEquals(plain, ListingParser.normalizeSpace(plain));

        ListingSource source = parse("3 papers on arXiv\r\nFirst  paper on loops...\rSecond\u00a0paper...\nThird paper...\r\n");
        assertEquals(List.of("First paper on loops", "Second paper", "Third paper"), texts(source));
        assertEquals(List.of(2, 3, 4), source.entries().stream().map(ListingEntry::line).toList());
    }
}
