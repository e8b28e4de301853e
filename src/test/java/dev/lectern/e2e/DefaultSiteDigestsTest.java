package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default site's two example digests, built on a day between them. */
class DefaultSiteDigestsTest {

    @TempDir
    static Path temp;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(DefaultSiteTest.DEFAULT_SITE, temp.resolve("out"),
                ReadingGroupSite.clockAt(LocalDate.of(2026, 11, 25)));
    }

    @Test
    void theDefaultSiteShipsAHeldDigestWithNotesAndAnUpcomingOne() {
        Document index = site.page("digests/index.html");
        assertEquals(List.of("Next meeting", "Held"), index.select(".meeting-card .status").eachText());
        Element held = site.page("digests/2026-11-18-on-policy-distillation/index.html").select(".prose").first();
        assertFalse(held.select("table").isEmpty(), "a table");
        assertFalse(held.select(".footnotes li").isEmpty(), "a footnote");
        assertFalse(held.select("li.task-list-item").isEmpty(), "a task list of action items");
        assertFalse(held.select("span.math").isEmpty(), "math");
        Document upcoming = site.page("digests/2026-12-02-verifiers-for-reasoning/index.html");
        assertEquals(3, upcoming.select(".paper-card").size(), "references by arXiv id and by abstract prefix");
        assertTrue(site.stderr.lines().noneMatch(l -> l.contains("warning")), site.stderr);
    }

    @Test
    void theSeedPapersLinkBackToTheirMeetings() {
        Document gkd = site.page("papers/on-policy-distillation-of-language-models-learning-from-self/index.html");
        assertEquals(List.of("On-policy distillation and teacher hacking"),
                gkd.getElementById("discussed-heading").parent().select(".meeting-card__title").eachText());
        Document home = site.page("index.html");
        assertEquals(List.of("Verifiers for reasoning: generative and process reward models",
                "On-policy distillation and teacher hacking"), home.select(".meetings-home .meeting-card__title").eachText());
    }
}
