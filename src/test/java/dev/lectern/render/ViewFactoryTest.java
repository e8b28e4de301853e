package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostics;
import dev.lectern.build.SiteBuild;
import dev.lectern.model.Paper;
import dev.lectern.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
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
    void sharedRelatedCardsAreTheCardsEachPageWouldMakeAlone() throws IOException {
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
                assertFalse(card.link().href().equals("index.html"), "a card links to its paper's page: " + card);
                reused += related.stream().limit(i).anyMatch(earlier -> earlier.contains(card)) ? 1 : 0;
            }
        }
        assertTrue(reused > papers.size(), "most related cards are shown on several pages: " + reused);
    }

    private Site defaultSite() throws IOException {
        Path site = temp.resolve("site");
        for (String part : List.of("site.yml", "seeds", "content")) {
            copy(Path.of(part), site.resolve(part));
        }
        Diagnostics diagnostics = new Diagnostics();
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        Site model = new SiteBuild(site, temp.resolve("out"), line -> { }, clock).model(diagnostics).orElseThrow();
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        return model;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }
}
