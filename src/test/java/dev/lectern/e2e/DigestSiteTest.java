package dev.lectern.e2e;

import static dev.lectern.e2e.ReadingGroupSite.GKD;
import static dev.lectern.e2e.ReadingGroupSite.Q_FUNCTION;
import static dev.lectern.e2e.ReadingGroupSite.SPECULATIVE;
import static dev.lectern.e2e.ReadingGroupSite.VERIFIERS;
import static dev.lectern.e2e.ReadingGroupSite.WAYMAX;
import static dev.lectern.e2e.ReadingGroupSite.WEDNESDAY_25_NOVEMBER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reading group's site, built on a fixed day, read the way its members read it. */
class DigestSiteTest {

    static final String NOVEMBER = "digests/2026-11-18-on-policy-distillation/index.html";

    @TempDir
    static Path temp;

    static BuiltSite site;

    @BeforeAll
    static void buildOnWednesday25November() {
        site = BuiltSite.build(ReadingGroupSite.write(temp.resolve("site")), temp.resolve("out"),
                WEDNESDAY_25_NOVEMBER);
    }

    @Test
    void aDigestPageHasACardPerPaperInTheMeetingsOrder() {
        Document page = site.page(NOVEMBER);
        assertEquals("On-policy distillation", page.select("h1").text());
        List<Element> cards = page.select("ol.agenda > li .paper-card");
        assertEquals(List.of("On-Policy Distillation of Language Models",
                        "DistillSpec: Improving Speculative Decoding via Knowledge Distillation",
                        "Waymax: An Accelerated, Data-Driven Simulator for Large-Scale Autonomous Driving Research"),
                cards.stream().map(c -> c.select(".paper-card__title").text()).toList());
        Element gkd = cards.get(0);
        assertEquals("../../papers/" + GKD + "/index.html", gkd.select(".paper-card__title a").attr("href"));
        assertTrue(gkd.select(".paper-card__abstract").text().startsWith("Knowledge distillation (KD) is widely used"));
        assertTrue(gkd.select(".paper-card__abstract").text().endsWith("for aut\u2026"), "the abstract is cut");
        assertEquals("Knowledge distillation", gkd.select(".chip").first().text(), "its topics");
    }

    @Test
    void aDigestPageShowsWhenWhereWhoAndTheMeetingsNoteAndQuestionsPerPaper() {
        Document page = site.page(NOVEMBER);
        String facts = page.select(".digest__facts").text();
        assertTrue(facts.contains("Wednesday 18 November 2026, 16:00"), facts);
        assertTrue(facts.contains("Room 2.14"), "the place comes from site.yml: " + facts);
        assertTrue(facts.contains("Amira Haddad, Jonas Weber"), facts);
        Element discussion = page.select("ol.agenda > li").first().select(".agenda__discussion").first();
        assertEquals("Amira presented; read section 3 first.", discussion.select(".agenda__note").text());
        assertEquals("section 3", discussion.select(".agenda__note em").text(), "notes are Markdown");
        assertEquals(List.of("What does on-policy mean for a language model?",
                "Which divergence should the student minimize?"), discussion.select(".agenda__questions li").eachText());
    }

    @Test
    void notesHaveTablesFootnotesTaskListsAndMathLeftForTheMathRenderer() {
        Element notes = site.page(NOVEMBER).select(".digest .prose").first();
        assertEquals(List.of("", "Supervised KD", "On-policy KD"),
                notes.select("table th").stream().map(Element::text).toList());
        assertEquals(1, notes.select("sup a[href=#fn-1]").size(), "a footnote reference");
        assertEquals("A generalized Jensen-Shannon divergence.", notes.select(".footnotes li p").text());
        assertEquals(2, notes.select("li.task-list-item input[type=checkbox][disabled]").size());
        assertEquals(1, notes.select("li.task-list-item input[checked]").size(), "one action item is done");
        List<String> math = notes.select("span.math").eachText();
        assertEquals(List.of("\\(\\sum_i x_i * y_i\\)", "\\(\\beta_1\\)", "\\(\\beta_2\\)"), math,
                "underscores and asterisks inside $...$ stay TeX");
        assertTrue(notes.select("em").isEmpty(), "no emphasis was made from the math's _ and *");
    }

    @Test
    void everyPaperPageListsTheMeetingsThatDiscussedIt() {
        Document gkd = site.page("papers/" + GKD + "/index.html");
        Element section = gkd.getElementById("discussed-heading").parent();
        assertEquals(List.of("Distillation, again", "On-policy distillation"),
                section.select(".meeting-card__title a").eachText(), "newest first, upcoming ones included");
        assertEquals(List.of("../../digests/2026-12-09-distillation-again/index.html", "../../" + NOVEMBER),
                section.select(".meeting-card__title a").eachAttr("href"));
        assertEquals("Amira presented; read section 3 first.", section.select(".agenda__note").text(),
                "the meeting's note on this paper");

        Document q = site.page("papers/" + Q_FUNCTION + "/index.html");
        assertEquals(List.of("Implicit Q-values"),
                q.getElementById("discussed-heading").parent().select(".meeting-card__title a").eachText(),
                "an abstract prefix finds its paper");

        Document undiscussed = site.page("papers/reinforcement-learning-from-human-feedback-is-a-key-driver/index.html");
        assertEquals(null, undiscussed.getElementById("discussed-heading"), "no section for papers never discussed");
    }

    @Test
    void theNextMeetingIsTheFirstUpcomingOneFromTodayOnTheDigestsIndexAndTheHomePage() {
        Document index = site.page("digests/index.html");
        Element next = index.select(".meeting-card--next").first();
        assertEquals("Verifiers", next.select(".meeting-card__title").text());
        assertEquals("Next meeting", next.select(".status").text());
        assertEquals(1, index.select(".meeting-card--next").size());
        Element home = site.page("index.html").getElementById("meetings-heading").parent();
        assertEquals(List.of("Verifiers", "On-policy distillation"), home.select(".meeting-card__title").eachText(),
                "the next meeting, then the latest digest");
    }

    @Test
    void theDigestsIndexListsTheNextMeetingThenLaterOnesThenPastOnesNewestFirstByMonth() {
        Document index = site.page("digests/index.html");
        assertEquals(List.of("Verifiers", "Distillation, again", "On-policy distillation", "Implicit Q-values"),
                index.select(".meeting-card__title").eachText());
        assertEquals(List.of("November 2026", "October 2026"), index.select("h3.month").eachText());
        assertEquals("month-2026-11", index.select("h3.month").first().id());
        assertEquals(List.of("Held", "Held"), index.getElementById("past-heading").parent().select(".status").eachText());
    }

    @Test
    void onAnotherDayAnotherMeetingIsNext() {
        // 3 December: the meeting of 2 December is past, though nobody marked it held yet
        BuiltSite later = BuiltSite.build(temp.resolve("site"), temp.resolve("out-december"),
                ReadingGroupSite.clockAt(LocalDate.of(2026, 12, 3)));
        Document index = later.page("digests/index.html");
        assertEquals("Distillation, again", index.select(".meeting-card--next .meeting-card__title").text());
        Element december = index.getElementById("month-2026-12").nextElementSibling();
        assertEquals("Not marked as held", december.select(".status").text());
        assertEquals("On-policy distillation",
                later.page("index.html").select(".meetings-home > div").get(1).select(".meeting-card__title").text(),
                "the latest digest is still the newest meeting that was held");
        BuiltSite onTheDay = BuiltSite.build(temp.resolve("site"), temp.resolve("out-on-the-day"),
                ReadingGroupSite.clockAt(LocalDate.of(2026, 12, 2)));
        assertEquals("Verifiers", onTheDay.page("digests/index.html")
                .select(".meeting-card--next .meeting-card__title").text(), "a meeting is next on its own day");
    }

    @Test
    void topicPagesSayHowOftenTheGroupReadTheTopic() {
        Document kd = site.page("topics/knowledge-distillation/index.html");
        String readings = kd.select(".readings").text();
        assertTrue(readings.contains("read this topic at 1 meeting ("), readings);
        assertTrue(readings.contains("most recently on Wednesday 18 November 2026"), readings);
        assertTrue(readings.contains("1 meeting is planned"), readings);
        assertEquals(List.of("Distillation, again", "On-policy distillation"),
                kd.getElementById("readings-heading").parent().select(".meeting-card__title").eachText());
        Document rl = site.page("topics/reinforcement-learning/index.html");
        assertTrue(rl.select(".readings").text().contains("at 1 meeting (1 paper), most recently on Wednesday 7 October 2026"),
                rl.select(".readings").text());
    }

    @Test
    void theNavigationHasDigestsWhenTheSiteHasThem() {
        assertTrue(site.page("index.html").select(".site-nav a").eachText().contains("Digests"));
        assertEquals("page", site.page("digests/index.html").select(".site-nav a[aria-current]").attr("aria-current"));
        assertEquals("Digests", site.page(NOVEMBER).select(".site-nav a[aria-current]").text());
    }

    @Test
    void aDigestPageLinksItsNeighboursAndItsEmailEditions() {
        Document page = site.page(NOVEMBER);
        assertEquals("../../digests/2026-10-07-q-functions/index.html", page.select("a[rel=prev]").attr("href"));
        assertEquals("../../digests/2026-12-02-verifiers/index.html", page.select("a[rel=next]").attr("href"));
        assertEquals(List.of("email.html", "email.txt"), page.select(".digest__editions a").eachAttr("href"));
        assertTrue(site.exists("digests/2026-11-18-on-policy-distillation/email.html"));
        assertTrue(site.exists("digests/2026-11-18-on-policy-distillation/email.txt"));
    }

    @Test
    void anUpcomingMeetingWithoutNotesSaysNotesWillFollow() {
        Document page = site.page("digests/2026-12-02-verifiers/index.html");
        assertEquals("Next meeting", page.select(".digest__kicker .status").text());
        assertEquals("Notes will follow after the meeting.", page.getElementById("notes-heading").parent()
                .select(".empty").text());
        assertEquals(List.of("Why generate a judgement instead of a score?"),
                page.select(".agenda__questions li").eachText(), "a single question needs no list in YAML");
        assertEquals("../../papers/" + VERIFIERS + "/index.html",
                page.select(".paper-card__title a").attr("href"), "arXiv:…v2 names the paper of its notes");
    }

    @Test
    void referencesByArxivIdUrlSlugAndAbstractPrefixAllFindTheirPaper() {
        Document again = site.page("digests/2026-12-09-distillation-again/index.html");
        assertEquals("../../papers/" + GKD + "/index.html", again.select(".paper-card__title a").attr("href"),
                "an arXiv URL");
        Document november = site.page(NOVEMBER);
        assertEquals(List.of("../../papers/" + GKD + "/index.html", "../../papers/" + SPECULATIVE + "/index.html",
                        "../../papers/" + WAYMAX + "/index.html"),
                november.select(".paper-card__title a").eachAttr("href"),
                "an arXiv id, an abstract prefix, and an unquoted arXiv id ending in 0");
    }

    @Test
    void digestTextIsDataNeverMarkup() throws IOException {
        Path hostile = ReadingGroupSite.write(temp.resolve("hostile"));
        ReadingGroupSite.write(hostile.resolve("content/digests/2026-12-16-hostile.md"), """
                ---
                date: 2026-12-16
                title: "<script>alert('title')</script>"
                host: "<img src=x onerror=alert(1)>"
                place: "${1111*3}"
                status: upcoming
                papers:
                  - ref: 2306.13649
                    note: "<script>alert('note')</script> [x](javascript:alert(1))"
                    questions: ["<b onclick=alert(1)>bold</b>?"]
                ---
                <script>alert('notes')</script>
                """);
        BuiltSite built = BuiltSite.build(hostile, temp.resolve("hostile-out"), WEDNESDAY_25_NOVEMBER);
        for (String page : List.of("digests/2026-12-16-hostile/index.html", "digests/2026-12-16-hostile/email.html",
                "digests/index.html", "index.html", "papers/" + GKD + "/index.html")) {
            Document doc = built.page(page);
            // the theme's own scripts and the paper's JSON-LD aside, nothing of the digest's text became markup
            assertTrue(doc.select("script:not([src]):not([type=application/ld+json]), img, b[onclick], "
                    + "a[href^=javascript]").isEmpty(), page);
            assertTrue(doc.select("script[src]").stream().allMatch(s -> s.attr("src").matches("(\\.\\./)*assets/[\\w-]+\\.js")),
                    page);
            assertFalse(doc.text().contains("3333"), page + " did not evaluate ${1111*3}");
        }
        Document page = built.page("digests/2026-12-16-hostile/index.html");
        assertEquals("<script>alert('title')</script>", page.select("h1").text(), "shown as written");
        assertTrue(page.select(".digest__facts").text().contains("<img src=x onerror=alert(1)>"));
        String text = Files.readString(built.root.resolve("digests/2026-12-16-hostile/email.txt"));
        assertTrue(text.contains("<script>alert('title')</script>\n"), "plain text is plain: " + text);
    }

    @Test
    void twoBuildsOnTheSameDayAreByteIdentical() throws IOException {
        BuiltSite again = BuiltSite.build(temp.resolve("site"), temp.resolve("out-again"), WEDNESDAY_25_NOVEMBER);
        List<String> files = DefaultSiteTest.files(site.root);
        assertEquals(files, DefaultSiteTest.files(again.root));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(site.root.resolve(file)), Files.readAllBytes(again.root.resolve(file)),
                    file);
        }
        assertTrue(files.contains("feed.xml"));
    }

    @Test
    void theSiteIsLinkedThroughout() {
        // 404.html links from the base URL's path (it is served at any depth); the build's link check covers it
        for (String page : site.htmlPages().stream().filter(p -> !p.equals("404.html")).toList()) {
            for (Element a : site.page(page).select("a[href], link[href]")) {
                site.resolve(page, a.attr("href")).ifPresent(target -> {
                    String path = target.replaceAll("#.*", "");
                    assertTrue(path.isEmpty() || site.exists(path), page + " -> " + a.attr("href"));
                });
            }
        }
        assertFalse(site.stderr.contains("warning"), site.stderr);
    }
}
