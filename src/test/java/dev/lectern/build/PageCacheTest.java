package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.check.LinkChecker;
import dev.lectern.write.OutputFile;
import dev.lectern.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages kept through the page cache, its file and its delta, bring the links the link check read from them, and
 * the check then finds what it would find reading the files again.
 */
class PageCacheTest {

    private static final long THEME = 42;

    @TempDir
    Path out;

    private static String page(String body) {
        return "<!doctype html><html><head><title>t</title></head><body>\n" + body + "\n</body></html>";
    }

    /** A home page linking ten folders' pages, each linking back and to its folder's sub/ page. */
    private static Map<String, String> site(String tenth) {
        Map<String, String> pages = new LinkedHashMap<>();
        StringBuilder home = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            home.append("<a href=\"f").append(i).append("/index.html\">").append(i).append("</a>\n");
        }
        pages.put("index.html", page(home.toString()));
        for (int i = 0; i < 10; i++) {
            pages.put("f" + i + "/index.html", page(i == 9 ? tenth
                    : "<a href=\"sub/index.html\">s</a>\n<a href=\"../index.html\">home</a>"));
            if (i < 9) {
                pages.put("f" + i + "/sub/index.html", page("<a href=\"../../index.html\">home</a>"));
            }
        }
        return pages;
    }

    /**
     * Builds {@code pages} into the output folder, keeping what the cache allows (each page's inputs are its
     * text's hash), and returns the link check's problems and how many pages were kept.
     */
    private Map.Entry<List<String>, Integer> build(Map<String, String> pages) throws IOException {
        PageCache.Earlier earlier = PageCache.read(out, THEME);
        try (SiteWriter writer = SiteWriter.open(out)) {
            LinkChecker links = new LinkChecker("");
            PageCache cache = PageCache.of(earlier, writer, links);
            int kept = 0;
            for (Map.Entry<String, String> page : pages.entrySet()) {
                long inputs = page.getValue().hashCode();
                if (cache.reuseUnbuilt(page.getKey(), inputs)) {
                    kept++;
                    continue;
                }
                byte[] bytes = page.getValue().getBytes(StandardCharsets.UTF_8);
                links.add(page.getKey(), bytes);
                writer.write(new OutputFile(page.getKey(), bytes));
                cache.rendered(page.getKey(), inputs, 1);
            }
            cache.renderingDone();
            List<String> problems = new ArrayList<>();
            for (Diagnostic d : links.check(out)) {
                problems.add(d.toString());
            }
            // as a build does: a site with broken links is not committed, and its cache not kept
            if (problems.isEmpty()) {
                writer.commit();
                cache.prepare(THEME);
                cache.install();
            }
            return Map.entry(problems, kept);
        }
    }

    private List<String> problemsReadFromTheFiles() throws IOException {
        return LinkChecker.ofFolder(out, "").check(out).stream().map(Diagnostic::toString).toList();
    }

    /** What a check that reads every page of {@code pages} reports, as if they were in the output folder. */
    private List<String> problemsReadFrom(Map<String, String> pages) {
        LinkChecker checker = new LinkChecker("");
        pages.forEach((path, html) -> checker.add(path, html.getBytes(StandardCharsets.UTF_8)));
        return checker.check(out).stream().map(Diagnostic::toString).toList();
    }

    @Test
    void pagesKeptThroughTheFileAndItsDeltaAreCheckedAsIfReadAgain() throws IOException {
        Map<String, String> first = site("<a href=\"../index.html\">home</a>");
        assertEquals(0, build(first).getValue());
        assertEquals(List.of(), problemsReadFromTheFiles());

        // one page of 20 changes: the cache's delta holds it
        Map<String, String> second = site("<a href=\"../index.html\">back home</a>");
        Map.Entry<List<String>, Integer> rebuilt = build(second);
        assertEquals(first.size() - 1, rebuilt.getValue());
        assertTrue(Files.isRegularFile(out.resolve(".lectern/" + PageCache.DELTA)), "the change went to the delta");
        assertEquals(List.of(), rebuilt.getKey());
        assertEquals(List.of(), problemsReadFromTheFiles());

        // every page kept, from the file and the delta
        Map.Entry<List<String>, Integer> kept = build(second);
        assertEquals(second.size(), kept.getValue());
        assertEquals(List.of(), kept.getKey());

        // the changed page now links to its own sub/ page, which does not exist (the same URL as the other folders'
        // links, which lead elsewhere): found, and the site is not committed
        Map<String, String> third = site("<a href=\"sub/index.html\">s</a>\n<a href=\"../index.html\">home</a>");
        Map.Entry<List<String>, Integer> broken = build(third);
        assertEquals(third.size() - 1, broken.getValue());
        assertEquals(problemsReadFrom(third), broken.getKey());
        assertEquals(1, broken.getKey().size(), broken.getKey().toString());
        assertEquals(List.of(), problemsReadFromTheFiles(), "the site in the folder is the second one still");

        // a page that kept pages link to is gone: their links, read by the first build, are checked again
        Map<String, String> fourth = new LinkedHashMap<>(second);
        fourth.remove("f0/sub/index.html");
        Map.Entry<List<String>, Integer> gone = build(fourth);
        assertEquals(fourth.size(), gone.getValue(), "every page that is left is kept");
        assertEquals(problemsReadFrom(fourth), gone.getKey());
        assertEquals(1, gone.getKey().size(), gone.getKey().toString());
        assertTrue(gone.getKey().get(0).contains("f0/index.html:2: error: broken link 'sub/index.html'"),
                gone.getKey().get(0));
    }
}
