package dev.lectern.e2e;

import static dev.lectern.e2e.ReadingGroupSite.WEDNESDAY_25_NOVEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digests with mistakes: each is an error at its file and line, with what to write instead. */
class DigestErrorTest {

    @TempDir
    Path temp;

    Path site;

    @BeforeEach
    void writeSite() {
        site = ReadingGroupSite.write(temp.resolve("site"));
    }

    private BuiltSite.Output build() {
        return BuiltSite.run(WEDNESDAY_25_NOVEMBER, "build", "--site", site.toString(), "--out",
                temp.resolve("out").toString());
    }

    private void digest(String name, String text) throws IOException {
        ReadingGroupSite.write(site.resolve("content/digests").resolve(name), text);
    }

    @Test
    void anArxivIdThatNoPaperHasIsAnErrorAtItsLineListingTheClosestIds() throws IOException {
        digest("2026-12-16-typo.md", """
                ---
                date: 2026-12-16
                status: upcoming
                papers:
                  - ref: 2306.13649
                  - ref: 2306.13694
                    note: a typo in the id
                ---
                """);
        BuiltSite.Output result = build();
        assertEquals(1, result.exitCode(), result.stderr());
        String file = site.resolve("content/digests/2026-12-16-typo.md").toString();
        assertTrue(result.stderr().contains(file + ":6: error: paper reference \u201c2306.13694\u201d matches no single"
                + " paper: no paper has the arXiv id 2306.13694"), result.stderr());
        assertTrue(result.stderr().contains("hint: closest papers: 2306.13649 (\u201cOn-Policy Distillation of Language"
                + " Models\u201d)"), result.stderr());
        assertFalse(Files.exists(temp.resolve("out/index.html")), "nothing is written");
        assertFalse(result.stderr().contains("\tat "), "no stack trace");
    }

    @Test
    void anAbstractPrefixThatFitsSeveralPapersIsAnErrorListingThem() throws IOException {
        digest("2026-12-16-rlhf.md", """
                ---
                date: 2026-12-16
                status: upcoming
                papers:
                  - "Reinforcement learning from human feedback (RLHF)"
                ---
                """);
        BuiltSite.Output result = build();
        assertEquals(1, result.exitCode());
        String stderr = result.stderr();
        assertTrue(stderr.contains("2026-12-16-rlhf.md:5: error: paper reference \u201cReinforcement learning from human"
                + " feedback (RLHF)\u201d matches no single paper: the reference fits 2 papers"), stderr);
        assertTrue(stderr.contains("reinforcement-learning-from-human-feedback-aligns-large"), stderr);
        assertTrue(stderr.contains("reinforcement-learning-from-human-feedback-is-a-key-driver"), stderr);
    }

    @Test
    void anAbstractPrefixThatFitsNoPaperListsTheNearestAbstracts() throws IOException {
        digest("2026-12-16-nothing.md", """
                ---
                date: 2026-12-16
                title: Nothing fits
                status: upcoming
                papers:
                  - ref: 2306.13649
                    questions: [a, b]
                  - ref: "Knowledge distillation (KD) is rarely used for anything"
                ---
                """);
        String stderr = build().stderr();
        assertTrue(stderr.contains("2026-12-16-nothing.md:8: error: paper reference \u201cKnowledge distillation (KD)"
                + " is rarely used for anything\u201d matches no single paper: no abstract starts with"), stderr);
        assertTrue(stderr.contains("closest papers: on-policy-distillation-of-language-models"), stderr);
    }

    @Test
    void aSlugThatNoPaperHasListsSimilarSlugs() throws IOException {
        digest("2026-12-16-slug.md", """
                ---
                date: 2026-12-16
                status: upcoming
                papers: [waymax]
                ---
                """);
        String stderr = build().stderr();
        assertTrue(stderr.contains("2026-12-16-slug.md:4: error: paper reference \u201cwaymax\u201d matches no single"
                + " paper: no paper has the slug 'waymax'"), stderr);
        assertTrue(stderr.contains("closest papers: waymax-an-accelerated-data-driven-simulator-for-large-scale"),
                stderr);
    }

    @Test
    void aMissingOrUnknownStatusAndABadDateAreErrorsAtTheirLines() throws IOException {
        digest("2026-12-16-status.md", """
                ---
                date: 2026-12-16
                status: cancelled
                ---
                """);
        digest("2026-12-23-nostatus.md", """
                ---
                title: No status
                ---
                """);
        digest("2026-12-30-date.md", """
                ---
                title: Bad date
                date: 2026-12-32
                status: held
                ---
                """);
        String stderr = build().stderr();
        assertTrue(stderr.contains("2026-12-16-status.md:3: error: unknown status 'cancelled'"), stderr);
        assertTrue(stderr.contains("2026-12-23-nostatus.md:1: error: the digest has no status"), stderr);
        assertTrue(stderr.contains("2026-12-30-date.md:3: error: '2026-12-32' is not a date"), stderr);
    }

    @Test
    void anUnknownKeyInAPaperEntryIsAnErrorAtItsLine() throws IOException {
        digest("2026-12-16-keys.md", """
                ---
                date: 2026-12-16
                status: upcoming
                papers:
                  - ref: 2306.13649
                    notes: "a typo for note"
                ---
                """);
        String stderr = build().stderr();
        assertTrue(stderr.contains("2026-12-16-keys.md:6: error: unknown key 'notes'"), stderr);
        assertTrue(stderr.contains("known keys here: note, questions, ref"), stderr);
    }

    @Test
    void aHeldMeetingDatedAfterTodayIsAWarning() throws IOException {
        digest("2027-01-06-future.md", """
                ---
                status: held
                papers: [2306.13649]
                ---
                """);
        BuiltSite.Output result = build();
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("2027-01-06-future.md:1: warning: the meeting is marked held but dated"
                + " 2027-01-06, after today (2026-11-25)"), result.stderr());
    }

    @Test
    void aSiteWithoutBaseUrlWarnsThatItHasNoFeedsAndNoEmailEditions() throws IOException {
        Path yml = site.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replace("base-url: " + ReadingGroupSite.BASE_URL + "\n", ""));
        BuiltSite built = BuiltSite.build(site, temp.resolve("out"), WEDNESDAY_25_NOVEMBER);
        assertTrue(built.stderr.contains("site.yml: warning: site.yml has no base-url, so the feeds and the e-mail"
                + " editions of the digests are not written"), built.stderr);
        assertFalse(built.exists("feed.xml"));
        assertFalse(built.exists("digests/2026-11-18-on-policy-distillation/email.html"));
        assertTrue(built.exists("digests/2026-11-18-on-policy-distillation/index.html"));
        assertTrue(built.page("digests/2026-11-18-on-policy-distillation/index.html").select(".digest__editions")
                .isEmpty(), "no link to editions that do not exist");
        assertTrue(built.page("index.html").select("link[type=application/atom+xml]").isEmpty());
    }

    @Test
    void aMeetingDayThatIsNoWeekdayIsAnErrorInSiteYml() throws IOException {
        Path yml = site.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replace("meeting-day: wednesday", "meeting-day: wendsday"));
        String stderr = build().stderr();
        assertTrue(stderr.contains("site.yml:5: error: meeting-day 'wendsday' is not a weekday"), stderr);
    }
}
