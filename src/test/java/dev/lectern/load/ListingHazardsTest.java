package dev.lectern.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.Diagnostics;
import dev.lectern.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What real listings bring (from scrapers and copy-paste), and what the parser makes of each. */
class ListingHazardsTest {

    private static final Path FILE = Path.of("seeds", "papers.txt");
    private static final String A = "We study the dormant neuron phenomenon in deep reinforcement learning agents...";
    private static final String B = "Knowledge distillation compresses a teacher model into a smaller student model...";

    private final Diagnostics diagnostics = new Diagnostics();

    private ListingSource parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    private Optional<ListingSource> parse(byte[] bytes) {
        return new ListingParser().parse(FILE, bytes, diagnostics);
    }

    private List<String> messages(Severity severity) {
        return diagnostics.sorted().stream().filter(d -> d.severity() == severity).map(Diagnostic::toString).toList();
    }

    private List<Integer> lines(ListingSource source) {
        return source.entries().stream().map(ListingEntry::line).toList();
    }

    @Test
    void aHeaderCountThatDisagreesIsAWarningOnTheHeaderLine() {
        ListingSource listing = parse("\n5 papers on arXiv\n" + A + "\n" + B + "\n");
        assertEquals(2, listing.entries().size());
        assertEquals(List.of("seeds/papers.txt:2: warning: header announces 5 papers but the file has 2 paper lines"
                + "\n  hint: correct the number in the header line"), messages(Severity.WARNING));
    }

    @Test
    void aListingWithoutHeaderWarnsAndReadsItsFirstLineAsAPaper() {
        ListingSource listing = parse(A + "\n" + B + "\n");
        assertEquals(List.of(1, 2), lines(listing));
        assertEquals(-1, listing.declaredCount());
        assertTrue(messages(Severity.WARNING).get(0).startsWith("seeds/papers.txt:1: warning: listing has no header"));
    }

    @Test
    void anEmptyFileIsAWarningAndNoPapers() {
        ListingSource listing = parse("");
        assertEquals(List.of(), listing.entries());
        assertTrue(messages(Severity.WARNING).get(0).contains("listing is empty"), messages(Severity.WARNING).toString());
        assertFalse(diagnostics.hasErrors());
    }

    @Test
    void aFileOfBlankLinesIsEmptyToo() {
        assertEquals(List.of(), parse("\n  \n\t\r\n").entries());
        assertTrue(messages(Severity.WARNING).get(0).contains("listing is empty"));
    }

    @Test
    void aHeaderOnlyListingHasNoPapersAndWarnsWhenItAnnouncesSome() {
        assertEquals(List.of(), parse("3 papers on arXiv\n").entries());
        assertTrue(messages(Severity.WARNING).get(0).contains("announces 3 papers but the file has 0"));
    }

    @Test
    void aHeaderOnlyListingThatAnnouncesNoneIsFine() {
        assertEquals(List.of(), parse("0 papers on arXiv").entries());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayThoseOfTheFile() {
        ListingSource listing = parse("2 papers on arXiv\n\n" + A + "\n   \n\n" + B + "\n\n");
        assertEquals(List.of(3, 6), lines(listing));
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void trailingSpacesAndTabsDoNotHideTheCutMarker() {
        ListingSource listing = parse("1 papers on arXiv  \t\n" + A + " \t  \n");
        ListingEntry entry = listing.entries().get(0);
        assertTrue(entry.cut());
        assertEquals(A.substring(0, A.length() - 3), entry.text());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void crlfAndOldMacLineEndsAreLineEnds() {
        assertEquals(List.of(2, 3), lines(parse("2 papers on arXiv\r\n" + A + "\r\n" + B + "\r\n")));
        assertEquals(List.of(2, 3), lines(parse("2 papers on arXiv\r" + A + "\r" + B + "\r")));
        assertTrue(parse("1 papers on arXiv\r\n" + A + "\r\n").entries().get(0).cut(), "no \\r is left before ...");
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void aByteOrderMarkIsDroppedAlsoWhereTwoFilesWerePastedTogether() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(bom);
        bytes.writeBytes(("2 papers on arXiv\n" + A + "\n\uFEFF" + B + "\n").getBytes(StandardCharsets.UTF_8));
        ListingSource listing = parse(bytes.toByteArray()).orElseThrow();
        assertEquals(2, listing.declaredCount(), "the header is recognised behind the BOM");
        assertFalse(listing.entries().get(1).text().contains("\uFEFF"));
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void aSecondHeaderFromAPastedListingIsSkippedWithAWarning() {
        ListingSource listing = parse("1 papers on arXiv\n" + A + "\n1 papers on arXiv\n" + B + "\n");
        assertEquals(List.of(2, 4), lines(listing));
        assertTrue(messages(Severity.WARNING).stream().anyMatch(m -> m.startsWith("seeds/papers.txt:3: warning: a second header")),
                messages(Severity.WARNING).toString());
    }

    @Test
    void invalidUtf8IsAnErrorNamingLineColumnAndByteOffset() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("1 papers on arXiv\nNa\u00efve caf".getBytes(StandardCharsets.UTF_8));
        int offset = bytes.size();
        bytes.write(0xE9); // Latin-1 é
        bytes.writeBytes(" models...\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(parse(bytes.toByteArray()).isEmpty(), "nothing is built from text that cannot be read");
        List<String> errors = messages(Severity.ERROR);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("seeds/papers.txt:2:10: error: invalid UTF-8 at byte offset " + offset
                + " (byte 0xE9)"), errors.get(0));
        assertTrue(errors.get(0).contains("iconv"), "the hint says how to convert the file");
    }

    @Test
    void manyInvalidBytesAreReportedFiveTimesThenCounted() {
        byte[] bytes = new byte[40];
        java.util.Arrays.fill(bytes, (byte) 0xFF);
        assertTrue(parse(bytes).isEmpty());
        List<String> errors = messages(Severity.ERROR);
        assertEquals(6, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("35 more invalid UTF-8 bytes")), errors.toString());
    }

    @Test
    void aUtf16FileIsNamedAsSuch() {
        byte[] utf16 = ("\uFEFF1 papers on arXiv\n" + A).getBytes(StandardCharsets.UTF_16LE);
        assertTrue(parse(utf16).isEmpty());
        assertTrue(messages(Severity.ERROR).get(0).contains("is UTF-16 text, not UTF-8"), messages(Severity.ERROR).toString());
    }

    @Test
    void aBinaryFileIsAnErrorNotAListing() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(parse(png).isEmpty());
        assertEquals(List.of("seeds/papers.txt:3:1: error: this looks like a binary file, not a listing (a NUL byte at"
                + " byte offset 8)\n  hint: remove it, or save it as UTF-8 text"), messages(Severity.ERROR));
    }

    @Test
    void aHundredThousandCharacterLineIsOnePaperKeptWhole() {
        String longLine = "Long abstracts happen. " + "word ".repeat(20_000) + "end...";
        ListingSource listing = parse("1 papers on arXiv\n" + longLine + "\n" + B + "\n");
        assertEquals(2, listing.entries().size());
        assertTrue(listing.entries().get(0).text().length() > 100_000);
        assertTrue(listing.entries().get(0).text().endsWith("word end"));
        assertEquals(3, listing.entries().get(1).line());
    }

    @Test
    void thousandsOfLinesSharingALongPrefixParseInLinearTime() {
        String prefix = "A shared opening sentence that scrapers repeat for every paper of a series. ".repeat(20);
        StringBuilder text = new StringBuilder("20000 papers on arXiv\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(prefix).append("Variant ").append(i).append("...\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        ListingSource listing = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(bytes).orElseThrow());
        assertEquals(20_000, listing.entries().size());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void linesWithoutDotsAreWholeAbstracts() {
        ListingSource listing = parse("2 papers on arXiv\nA complete abstract that ends with a full stop.\n" + B + "\n");
        assertFalse(listing.entries().get(0).cut());
        assertEquals("A complete abstract that ends with a full stop.", listing.entries().get(0).text());
        assertTrue(listing.entries().get(1).cut());
    }

    @Test
    void aUnicodeEllipsisMarksACutToo() {
        ListingEntry entry = parse("1 papers on arXiv\nAn abstract cut with one character\u2026\n").entries().get(0);
        assertTrue(entry.cut());
        assertEquals("An abstract cut with one character", entry.text());
    }

    @Test
    void aLineWithoutWordsIsSkippedWithAWarning() {
        ListingSource listing = parse("2 papers on arXiv\n...\n" + A + "\n");
        assertEquals(List.of(3), lines(listing));
        assertTrue(messages(Severity.WARNING).stream().anyMatch(m -> m.startsWith("seeds/papers.txt:2: warning: this line has no words")),
                messages(Severity.WARNING).toString());
    }

    @Test
    void cjkAndRightToLeftTextIsKeptAsWritten() {
        String cjk = "我们提出了一种新的强化学习方法，用于在稀疏奖励环境中进行高效探索。实验表明...";
        String arabic = "نقدم في هذه الورقة نموذجا لغويا كبيرا للترجمة الآلية بين اللغات...";
        ListingSource listing = parse("2 papers on arXiv\n" + cjk + "\n" + arabic + "\n");
        assertEquals(cjk.substring(0, cjk.length() - 3), listing.entries().get(0).text());
        assertEquals(arabic.substring(0, arabic.length() - 3), listing.entries().get(1).text());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void controlCharactersAreDroppedAndOddSpacesBecomeOne() {
        ListingEntry entry = parse("1 papers on arXiv\nA\u0007 b\u00A0\u2003c\u3000d\u000B e...\n").entries().get(0);
        assertEquals("A b c d e", entry.text());
    }

    @Test
    void lineAndParagraphSeparatorsAreSpacesNotText() {
        // found by ParsersFuzzTest: U+2029 was kept at the start of the text, where strip() would then remove it
        ListingEntry entry = parse("1 papers on arXiv\n\u2029Jets\u2028and\u2007winds\u2026\n").entries().get(0);
        assertEquals("Jets and winds", entry.text());
        assertTrue(entry.cut());
    }

    @Test
    void anAbsurdHeaderCountIsReportedAsWritten() {
        parse("99999999999999 papers on arXiv\n" + A + "\n");
        assertTrue(messages(Severity.WARNING).get(0).contains("announces 99999999999999 papers"),
                messages(Severity.WARNING).toString());
    }
}
