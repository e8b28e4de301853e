package dev.lectern.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The figures in the README's "Search" section: the search index's size and the time to first result for a site of
 * 10,000 papers, opened from {@code file://} in headless Chromium. Slow (it builds 10,000 pages), so it runs only
 * when asked: {@code mvn -B test -Dtest=SearchAtScaleBrowserTest -Dlectern.searchAtScale=true}.
 */
class SearchAtScaleBrowserTest {

    static final int PAPERS = 10_000;
    static final int RUNS = 5;

    @TempDir
    Path temp;

    @Test
    void searchStaysInstantAtTenThousandPapers() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("lectern.searchAtScale"),
                "measures search at 10,000 papers only with -Dlectern.searchAtScale=true");
        Browser.assumeInstalled();
        Path site = SyntheticSite.write(temp.resolve("site"), PAPERS);
        // -Dlectern.searchAtScale.out=DIR keeps the built site there and reuses it on the next run
        String keep = System.getProperty("lectern.searchAtScale.out", "");
        Path out = (keep.isEmpty() ? temp.resolve("out") : Path.of(keep)).toAbsolutePath();
        long buildStart = System.nanoTime();
        if (keep.isEmpty() || !Files.exists(out.resolve("index.html"))) {
            assertEquals(0, Main.run("build", "--quiet", "--site", site.toString(), "--out", out.toString()));
        }
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        long indexBytes = Files.size(out.resolve("assets/search-index.js"));
        String page = out.resolve("search/index.html").toUri().toString();

        List<Double> firstResult = new ArrayList<>();
        List<Double> indexReady = new ArrayList<>();
        List<Double> scriptStart = new ArrayList<>();
        List<Double> typed = new ArrayList<>();
        try (Browser browser = Browser.open(1280, 900)) {
            for (int run = 0; run < RUNS; run++) {
                // a fresh document each time; the file is in the OS cache after the first run, as for a reader
                browser.driver.get(page + "?q=distillation");
                browser.waitUpTo(60).until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
                @SuppressWarnings("unchecked")
                Map<String, Object> timing = (Map<String, Object>) browser.js("return window.LECTERN_SEARCH_TIMING;");
                firstResult.add(((Number) timing.get("firstResults")).doubleValue());
                indexReady.add(((Number) timing.get("indexLoaded")).doubleValue());
                scriptStart.add(((Number) timing.get("scriptStart")).doubleValue());
                WebElement box = browser.driver.findElement(By.id("search-q"));
                for (String query : new String[] {"speculative dec", "verifier rerank", "q-learning atari", "zzzz"}) {
                    box.clear();
                    box.sendKeys(query);
                    browser.waitUpTo(30).until(d -> d.findElement(By.id("search-status")).getText().contains(query));
                    typed.add(((Number) browser.js("return window.LECTERN_SEARCH_TIMING.lastSearchMs;")).doubleValue());
                }
            }
            assertTrue(browser.driver.findElement(By.id("search-status")).getText().startsWith("No results"));
            assertEquals(List.of(), browser.severeConsoleMessages());
        }
        String figures = String.format(java.util.Locale.ROOT,
                "search at %,d papers: index %.2f MB (%,d bytes); build %.1f s; from file://, median over %d loads: "
                        + "search script starts %.0f ms (index loaded and parsed), index folded %.0f ms, first result %.0f ms"
                        + " after navigation start; "
                        + "median search while typing %.1f ms (max %.1f ms)",
                PAPERS, indexBytes / 1e6, indexBytes, buildSeconds, RUNS, median(scriptStart), median(indexReady),
                median(firstResult),
                median(typed), typed.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        System.out.println(figures);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-at-scale.txt"), figures + "\n");
        assertTrue(median(firstResult) < 3_000, figures);
        assertTrue(median(typed) < 200, figures);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
