package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostics;
import dev.lectern.load.ListingEntry;
import dev.lectern.load.ListingParser;
import dev.lectern.load.ListingSource;
import dev.lectern.model.TexText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the repository's default site (the two seed listings) with the real command line and checks DESIGN.md's
 * invariants on the pages a reader would open.
 */
class DefaultSiteTest {

    static final Path DEFAULT_SITE = Path.of("").toAbsolutePath();

    @TempDir
    static Path temp;

    static BuiltSite site;

    @BeforeAll
    static void buildDefaultSite() {
        site = BuiltSite.build(DEFAULT_SITE, temp.resolve("first"));
    }

    @Test
    void everyInternalLinkAndFragmentResolves() {
        List<String> broken = new ArrayList<>();
        for (String page : relativelyLinkedPages()) {
            Document doc = site.page(page);
            for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
                String href = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                site.resolve(page, href).ifPresent(target -> {
                    String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                    String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                    if (path.isEmpty()) {
                        path = page;
                    }
                    if (!site.exists(path)) {
                        broken.add(page + " -> " + href + " (no file)");
                    } else if (!fragment.isEmpty() && path.endsWith(".html")
                            && site.page(path).getElementById(fragment) == null) {
                        broken.add(page + " -> " + href + " (no id '" + fragment + "')");
                    }
                });
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void internalLinksNameIndexHtmlSoTheSiteWorksFromDisk() {
        Set<String> folderLinks = new TreeSet<>();
        for (String page : relativelyLinkedPages()) {
            for (Element a : site.page(page).select("a[href]")) {
                String href = a.attr("href");
                if (!href.matches("(?i)^(https?|mailto):.*") && !href.startsWith("#")) {
                    String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                    if (path.endsWith("/") || path.isEmpty() || path.startsWith("/")) {
                        folderLinks.add(page + " -> " + href);
                    }
                }
            }
        }
        assertEquals(Set.of(), folderLinks);
    }

    @Test
    void everyPageIsReachableFromTheHomePage() {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String page = queue.poll();
            if (!seen.add(page) || !page.endsWith(".html") || !site.exists(page)) {
                continue;
            }
            for (Element a : site.page(page).select("a[href]")) {
                site.resolve(page, a.attr("href"))
                        .map(t -> t.contains("#") ? t.substring(0, t.indexOf('#')) : t)
                        .filter(t -> !t.isEmpty() && !seen.contains(t))
                        .ifPresent(queue::add);
            }
        }
        List<String> unreachable = site.htmlPages().stream()
                .filter(p -> !seen.contains(p) && !p.equals("404.html")).toList();
        assertEquals(List.of(), unreachable);
    }

    @Test
    void everyListingLineAppearsOnItsPaperPageWhichLinksBackToTheListing() throws IOException {
        List<String> missing = new ArrayList<>();
        int lines = 0;
        List<String> paperPages = site.htmlPages().stream().filter(p -> p.startsWith("papers/")).toList();
        for (Path file : seedFiles()) {
            ListingSource listing = new ListingParser().parse(file, new Diagnostics()).orElseThrow();
            for (ListingEntry entry : listing.entries()) {
                lines++;
                String expected = normalize(TexText.plain(entry.text()));
                boolean found = paperPages.stream().anyMatch(p -> {
                    Document doc = site.page(p);
                    return normalize(doc.select("main").text()).contains(expected)
                            && doc.select("main a[href*=listings/]").stream()
                                    .anyMatch(a -> a.attr("href").contains("#"));
                });
                if (!found) {
                    missing.add(file.getFileName() + ":" + entry.line());
                }
            }
        }
        assertEquals(50, lines, "the two seed listings have 50 paper lines");
        assertEquals(List.of(), missing);
    }

    @Test
    void papersSharedByBothListingsAreOnePageListedInBoth() {
        long shared = site.htmlPages().stream().filter(p -> p.startsWith("papers/"))
                .filter(p -> site.page(p).select("main a[href*=listings/]").stream()
                        .map(a -> a.attr("href").replaceAll("#.*", "")).distinct().count() == 2)
                .count();
        assertEquals(3, shared, "the seeds share three papers");
        long paperPages = site.htmlPages().stream().filter(p -> p.startsWith("papers/")).count();
        assertEquals(47, paperPages, "50 lines, 3 of them shared");
    }

    @Test
    void everyPaperLinksToAtLeastOneTopic() {
        List<String> withoutTopic = site.htmlPages().stream().filter(p -> p.startsWith("papers/"))
                .filter(p -> site.page(p).select("main a[href*=topics/]").stream()
                        .noneMatch(a -> site.resolve(p, a.attr("href")).orElse("").matches("topics/[^/]+/index\\.html")))
                .toList();
        assertEquals(List.of(), withoutTopic);
    }

    @Test
    void everyPageHasTheBasicsOfAWebPage() {
        for (String page : site.htmlPages()) {
            Document doc = site.page(page);
            assertFalse(doc.title().isBlank(), page + " has a title");
            assertFalse(doc.select("html[lang]").attr("lang").isBlank(), page + " has lang");
            assertEquals(1, doc.select("meta[charset]").size(), page + " declares its charset");
            assertEquals(1, doc.select("meta[name=viewport]").size(), page + " has a viewport");
            assertFalse(doc.select("nav a[href]").isEmpty(), page + " has a navigation bar");
            assertEquals(1, doc.select("h1").size(), page + " has one h1");
        }
    }

    @Test
    void cutAbstractsShowARealEllipsisAndTexIsRendered() {
        Document listing = site.page(site.htmlPages().stream().filter(p -> p.startsWith("listings/"))
                .findFirst().orElseThrow());
        String text = listing.select("main").text();
        assertTrue(text.contains("\u2026"), "cut abstracts end in an ellipsis");
        assertFalse(text.contains("..."), "no three-dot cut markers remain");
        assertFalse(text.contains("~("), "TeX ~ is shown as a space");
        boolean math = site.htmlPages().stream().anyMatch(p -> !site.page(p).select("span.math").isEmpty());
        assertTrue(math, "$Q$ becomes inline math");
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        BuiltSite second = BuiltSite.build(DEFAULT_SITE, temp.resolve("second"));
        List<String> firstFiles = files(site.root);
        assertEquals(firstFiles, files(second.root));
        for (String file : firstFiles) {
            assertArrayEquals(Files.readAllBytes(site.root.resolve(file)), Files.readAllBytes(second.root.resolve(file)),
                    file + " differs between two builds");
        }
    }

    @Test
    void rebuildingIntoTheSameFolderRewritesNothing() throws IOException {
        Path out = temp.resolve("again");
        BuiltSite.build(DEFAULT_SITE, out);
        Path page = out.resolve("index.html");
        var before = Files.getLastModifiedTime(page);
        BuiltSite rebuilt = BuiltSite.build(DEFAULT_SITE, out);
        assertEquals(before, Files.getLastModifiedTime(page), "an unchanged page keeps its modification time");
        assertTrue(rebuilt.stderr.contains("(0 changed"), rebuilt.stderr);
    }

    /**
     * Every page but 404.html: GitHub Pages serves that one at any depth, so its links start from the base URL's
     * path; PublishTest and the build's own link check cover it.
     */
    static List<String> relativelyLinkedPages() {
        return site.htmlPages().stream().filter(p -> !p.equals("404.html")).toList();
    }

    static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(DEFAULT_SITE.resolve("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    // the page cache records when each page's file was written, which differs between builds
                    .filter(p -> !p.equals(".lectern/lock") && !p.equals(".lectern/pages.bin"))
                    .sorted().toList();
        }
    }

    /** Text as a reader sees it: math delimiters gone, all spaces plain and single. */
    static String normalize(String text) {
        return text.replace("\\(", "").replace("\\)", "").replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
