package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostics;
import dev.lectern.load.ListingParser;
import dev.lectern.load.ListingSource;
import dev.lectern.model.ListingInput;
import dev.lectern.model.ModelOptions;
import dev.lectern.model.Site;
import dev.lectern.model.SiteInfo;
import dev.lectern.model.SiteModelBuilder;
import dev.lectern.model.SiteSources;
import dev.lectern.write.OutputSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages render in parallel; when one fails, nothing is written after the failure is reported. */
class RenderFailureTest {

    @TempDir
    Path temp;

    @Test
    void aFailingPageStopsTheRenderAndNoPageIsWrittenAfterwards() throws Exception {
        StringBuilder listing = new StringBuilder("300 papers on arXiv\n");
        for (int i = 0; i < 300; i++) {
            listing.append("We study problem number ").append(Integer.toString(i * 7919, 36))
                    .append(" of a long benchmark series in reinforcement learning...\n");
        }
        ListingSource source = new ListingParser().parse(Path.of("seeds/s.txt"), listing.toString(), new Diagnostics());
        Site site = SiteModelBuilder.build(new SiteSources(new SiteInfo("T", "", "", "en"),
                List.of(new ListingInput("s", "S", "S", "", source)), List.of(), ModelOptions.DEFAULTS, List.of(),
                List.of(), List.of()), new Diagnostics());
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("paper.ftlh"), "<h1>${title}</h1>\n${no.such.value}\n");

        AtomicBoolean returned = new AtomicBoolean();
        AtomicInteger lateWrites = new AtomicInteger();
        OutputSink sink = file -> {
            if (returned.get()) {
                lateWrites.incrementAndGet();
            }
            sleepBriefly();
        };
        TemplateProblem problem = assertThrows(TemplateProblem.class,
                () -> new SiteRenderer(templates, false, 100).render(site, sink, done -> { }));
        returned.set(true);
        Thread.sleep(300);
        assertEquals(0, lateWrites.get(), "every page had finished before the failure was reported");
        assertEquals(templates.resolve("paper.ftlh"), problem.location().file());
        assertEquals(2, problem.location().line());
        assertTrue(problem.getMessage().contains("no"), problem.getMessage());
    }

    private static void sleepBriefly() throws IOException {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
