package dev.lectern.e2e;

import static dev.lectern.e2e.ReadingGroupSite.WEDNESDAY_25_NOVEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern new digest} in a site folder: a ready-to-edit file that builds, or an error and no file. */
class NewDigestCommandTest {

    @TempDir
    Path temp;

    Path site;

    @BeforeEach
    void writeSite() {
        site = ReadingGroupSite.write(temp.resolve("site"));
    }

    private BuiltSite.Output newDigest(String... options) {
        return newDigestOn(WEDNESDAY_25_NOVEMBER, options);
    }

    private BuiltSite.Output newDigestOn(java.time.Clock clock, String... options) {
        String[] args = Stream.concat(Stream.of("new", "digest", "--site", site.toString()), Stream.of(options))
                .toArray(String[]::new);
        return BuiltSite.run(clock, args);
    }

    private List<String> digestFiles() throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("content/digests"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesADigestForTheNextFreeMeetingDayThatBuildsAsItIs() throws IOException {
        // Wednesday 25 November has no digest yet: it is the next meeting day, today included
        BuiltSite.Output result = newDigest("--paper", "2306.13649", "--host", "Ana Lima");
        assertEquals(0, result.exitCode(), result.stderr());
        Path file = site.resolve("content/digests/2026-11-25-on-policy-distillation-of-language-models.md");
        assertEquals(file.toString(), result.stdout().strip(), "the path is printed, for an editor to open");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("---\ndate: 2026-11-25\ntitle: \"On-Policy Distillation of Language Models\"\n"
                + "hosts: [\"Ana Lima\"]         # who leads the meeting\nstatus: upcoming "), text);
        assertTrue(text.contains("\n  - ref: \"2306.13649\"       # On-Policy Distillation of Language Models\n"), text);

        BuiltSite built = BuiltSite.build(site, temp.resolve("out"), WEDNESDAY_25_NOVEMBER);
        Document page = built.page("digests/2026-11-25-on-policy-distillation-of-language-models/index.html");
        assertEquals("On-Policy Distillation of Language Models", page.select("h1").text());
        assertEquals("Next meeting", page.select(".digest__kicker .status").text());
        assertEquals(1, page.select(".paper-card").size());
        assertTrue(page.select(".agenda__discussion").isEmpty(), "the empty note and questions show nothing");
        assertFalse(built.stderr.contains("warning"), built.stderr);
    }

    @Test
    void skipsMeetingDaysThatAlreadyHaveADigest() throws IOException {
        // Thursday 26 November: the next Wednesday, 2 December, has its digest, so the new one is for 9 December...
        // which has one too, so it is for 16 December
        BuiltSite.Output result = newDigestOn(ReadingGroupSite.clockAt(LocalDate.of(2026, 11, 26)),
                "--title", "Open slot");
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(Files.exists(site.resolve("content/digests/2026-12-16-open-slot.md")), digestFiles().toString());
        assertTrue(result.stderr().contains("2026-12-02 already has a digest"), result.stderr());
        String text = Files.readString(site.resolve("content/digests/2026-12-16-open-slot.md"));
        assertTrue(text.contains("papers: []"), "a meeting without papers yet: " + text);
        BuiltSite.build(site, temp.resolve("out"), WEDNESDAY_25_NOVEMBER);
    }

    @Test
    void takesTheDateTitleAndSeveralPapersGivenAndMarksAPastMeetingHeld() throws IOException {
        BuiltSite.Output result = newDigest("--date", "2026-11-11", "--title", "Speculative \"decoding\"",
                "--paper", "distillspec-improving-speculative-decoding-via-knowledge",
                "--paper", "Speculative decoding (SD) accelerates large language model inference",
                "--paper", "arXiv:2306.13649v3");
        assertEquals(1, result.exitCode(), "the same paper twice is refused: " + result.stderr());
        assertTrue(result.stderr().contains("names \u201cDistillSpec: Improving Speculative Decoding via Knowledge"
                + " Distillation\u201d a second time"), result.stderr());

        result = newDigest("--date", "2026-11-11", "--title", "Speculative \"decoding\"",
                "--paper", "distillspec-improving-speculative-decoding-via-knowledge", "--paper", "arXiv:2306.13649v3");
        assertEquals(0, result.exitCode(), result.stderr());
        Path file = site.resolve("content/digests/2026-11-11-speculative-decoding.md");
        String text = Files.readString(file);
        assertTrue(text.contains("title: \"Speculative \\\"decoding\\\"\"\n"), "quotes are escaped: " + text);
        assertTrue(text.contains("status: held"), "a meeting before today was held: " + text);
        assertTrue(text.contains("  - ref: \"2310.08461\""), "references are written as arXiv ids: " + text);
        assertTrue(text.contains("  - ref: \"2306.13649\""), text);
        BuiltSite built = BuiltSite.build(site, temp.resolve("out"), WEDNESDAY_25_NOVEMBER);
        assertEquals("Speculative \"decoding\"",
                built.page("digests/2026-11-11-speculative-decoding/index.html").select("h1").text());
    }

    @Test
    void refusesToOverwriteAnExistingDigest() throws IOException {
        Path existing = site.resolve("content/digests/2026-11-18-on-policy-distillation.md");
        String before = Files.readString(existing);
        BuiltSite.Output result = newDigest("--date", "2026-11-18", "--title", "On-policy distillation");
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("content/digests/2026-11-18-on-policy-distillation.md already exists"),
                result.stderr());
        assertTrue(result.stderr().contains("hint: edit that file, or give this meeting another --title or --date"));
        assertEquals(before, Files.readString(existing), "the file is untouched");
        assertEquals("", result.stdout());
    }

    @Test
    void checksTheReferencesAtOnceAndWritesNothingWhenOneIsWrong() throws IOException {
        List<String> before = digestFiles();
        BuiltSite.Output result = newDigest("--paper", "2306.13649", "--paper", "2306.13694");
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("lectern: error: --paper \u201c2306.13694\u201d: no paper has the arXiv id"
                + " 2306.13694"), result.stderr());
        assertTrue(result.stderr().contains("hint: closest papers: 2306.13649"), result.stderr());
        assertTrue(result.stderr().contains("no digest was written"));
        assertEquals(before, digestFiles());
    }

    @Test
    void aSiteWithoutAMeetingDayGetsADigestForToday() throws IOException {
        Path yml = site.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replace("  meeting-day: wednesday\n", ""));
        BuiltSite.Output result = newDigestOn(ReadingGroupSite.clockAt(LocalDate.of(2026, 11, 27)));
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(Files.exists(site.resolve("content/digests/2026-11-27-reading-group.md")), digestFiles().toString());
        assertTrue(result.stderr().contains("site.yml names no meeting day"), result.stderr());
    }

    @Test
    void aDateThatIsNotADateIsAUsageError() {
        assertEquals(2, newDigest("--date", "next wednesday").exitCode());
        assertEquals(2, BuiltSite.run(WEDNESDAY_25_NOVEMBER, "new").exitCode(), "new needs to know what to create");
    }

    @Test
    void aFolderThatIsNoSiteIsAnError() {
        BuiltSite.Output result = BuiltSite.run(WEDNESDAY_25_NOVEMBER, "new", "digest", "--site",
                temp.resolve("nowhere").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("the site folder does not exist"), result.stderr());
    }
}
