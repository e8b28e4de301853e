package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostics;
import dev.lectern.build.SiteBuild;
import dev.lectern.model.Paper;
import dev.lectern.model.Site;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views over the default site. */
class ViewFactoryTest {

    @TempDir
    Path temp;

    /**
     * A related paper's card is made once and shared by the paper pages that show it: each page's related cards are
     * those a factory that made no other page gives, whichever pages came before.
     */
    @Test
    void sharedRelatedCardsAreTheCardsEachPageWouldMakeAlone() {
        Site model = defaultSite();
        ViewFactory shared = new ViewFactory(model, new Markdown(false));
        List<Paper> papers = model.papers();
        // every page in turn, so that most related cards come from pages made before
        List<List<PaperCard>> related = papers.stream().map(p -> shared.paper(p).related()).toList();
        int reused = 0;
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.get(i);
            ViewFactory alone = new ViewFactory(model, new Markdown(false));
            assertEquals(alone.paper(paper).related(), related.get(i), paper.slug());
            for (PaperCard card : related.get(i)) {
                assertNotEquals("index.html", card.link().href(), "a related card never links to the page it is on");
                reused += related.stream().limit(i).anyMatch(earlier -> earlier.contains(card)) ? 1 : 0;
            }
        }
        assertTrue(reused > papers.size(), "most related cards are shown on several pages: " + reused);
    }

    /** The model of this repository's own site, which the build only reads. */
    private Site defaultSite() {
        Diagnostics diagnostics = new Diagnostics();
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        Site model = new SiteBuild(Path.of("."), temp.resolve("out"), line -> { }, clock).model(diagnostics)
                .orElseThrow();
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        return model;
    }
}
