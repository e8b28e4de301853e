package dev.lectern.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {

    static final Path OUT = Path.of("/site");

    static LinkChecker site(String baseUrl, String... pathsAndHtml) {
        LinkChecker checker = new LinkChecker(baseUrl);
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            checker.add(pathsAndHtml[i], pathsAndHtml[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return checker;
    }

    static String page(String body) {
        return "<!doctype html><html><head><title>t</title></head><body>\n" + body + "\n</body></html>";
    }

    static List<String> errors(LinkChecker checker) {
        return checker.check(OUT).stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
    }

    @Test
    void aSiteWhoseLinksAllResolvePasses() {
        LinkChecker checker = site("",
                "index.html", page("<a href=\"papers/a/index.html#abstract\">a</a> <a href=\"#top\">top</a>"),
                "papers/a/index.html", page("<h2 id=\"abstract\">A</h2><a href=\"../../index.html\">home</a>"
                        + "<link rel=\"stylesheet\" href=\"../../assets/x.css\">"),
                "assets/x.css", "body { background: url(\"bg.png\") }",
                "assets/bg.png", "png");
        assertEquals(List.of(), checker.check(OUT));
    }

    @Test
    void aBrokenLinkIsReportedWithItsPageAndLine() {
        LinkChecker checker = site("",
                "index.html", page("<p>intro</p>\n<a href=\"topics/nope/index.html\">nope</a>"));
        List<Diagnostic> problems = checker.check(OUT);
        assertEquals(1, problems.size());
        Diagnostic d = problems.get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(OUT.resolve("index.html"), d.location().file());
        assertEquals(3, d.location().line());
        assertTrue(d.message().contains("topics/nope/index.html"), d.message());
    }

    @Test
    void aFragmentMustNameAnIdOfItsPage() {
        LinkChecker checker = site("",
                "index.html", page("<a href=\"b.html\">b</a> <a href=\"b.html#missing\">b</a>"
                        + " <a href=\"#here\">here</a><p id=\"here\"> <a href=\"#nowhere\">x</a>"
                        + " <a href=\"c.html#here\">c</a>"),
                "b.html", page("<a href=\"index.html\">back</a>"),
                // the same links from another page: each page where a broken one is written is told
                "c.html", page("<a href=\"b.html#missing\">b</a> <a href=\"#nowhere\">x</a> <p id=\"here\">"));
        List<String> errors = errors(checker).stream().map(e -> e.substring(0, e.indexOf('\n'))).toList();
        assertEquals(List.of(
                "/site/c.html:2: error: broken link '#nowhere': no element with id 'nowhere' on c.html",
                "/site/c.html:2: error: broken link 'b.html#missing': no element with id 'missing' on b.html",
                "/site/index.html:2: error: broken link '#nowhere': no element with id 'nowhere' on index.html",
                "/site/index.html:2: error: broken link 'b.html#missing': no element with id 'missing' on b.html"),
                errors);
    }

    @Test
    void aLinkMayMixEscapesWithCharactersWrittenAsTheyAre() {
        // an emoji written as it is, beside an escaped space: it was decoded as two broken halves of a surrogate pair
        LinkChecker checker = site("",
                "index.html", page("<a href=\"notes/a%20b\uD83D\uDE00.html\">note</a>"),
                "notes/a b\uD83D\uDE00.html", page("<a href=\"../index.html\">home</a>"));
        assertEquals(List.of(), errors(checker));
    }

    @Test
    void aLinkThatClimbsAboveTheRootIsBrokenOnEveryPageThatWritesIt() {
        // the same URL reaches the root from a page three folders deep, and climbs one folder above it from a page
        // two deep: whichever page comes first, the shallow one is told
        String link = "<a href=\"../../../x.html\">x</a>";
        for (boolean deepFirst : new boolean[] {true, false}) {
            String[] deep = {"a/b/c/index.html", page(link)};
            String[] shallow = {"a/b/index.html", page(link)};
            String[] first = deepFirst ? deep : shallow;
            String[] second = deepFirst ? shallow : deep;
            LinkChecker checker = site("",
                    "index.html", page("<a href=\"a/b/index.html\">b</a> <a href=\"a/b/c/index.html\">c</a>"),
                    "x.html", page("<a href=\"index.html\">home</a>"),
                    first[0], first[1], second[0], second[1]);
            List<String> errors = errors(checker);
            assertEquals(1, errors.size(), () -> "deep page first: " + deepFirst + ": " + errors);
            assertTrue(errors.get(0).startsWith("/site/a/b/index.html:2: error: broken link '../../../x.html'"),
                    errors.get(0));
        }
    }

    @Test
    void aLinkToAFolderIsBrokenBecauseNothingServesItsIndexFromDisk() {
        LinkChecker checker = site("",
                "index.html", page("<a href=\"topics/\">topics</a> <a href=\"topics\">again</a>"),
                "topics/index.html", page("<a href=\"../index.html\">home</a>"));
        List<String> errors = errors(checker);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(2).contains("topics/index.html: error: page is not reachable"), "broken links lead nowhere");
        assertTrue(errors.get(0).contains("names a folder; link to topics/index.html"), errors.get(0));
    }

    @Test
    void linksToThePublishedSiteCountAsInternalAndMayNameFolders() {
        String base = "https://user.github.io/repo/";
        LinkChecker checker = site(base,
                "index.html", page("<link rel=\"canonical\" href=\"https://user.github.io/repo/\">"
                        + "<a href=\"https://user.github.io/repo/topics/\">t</a>"
                        + "<a href=\"https://user.github.io/repo/gone/\">gone</a>"),
                "topics/index.html", page("<a href=\"../index.html\">home</a>"));
        List<String> errors = errors(checker);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("https://user.github.io/repo/gone/"), errors.get(0));
    }

    @Test
    void rootRelativeLinksResolveUnderTheBasePathAsOnA404Page() {
        LinkChecker checker = site("https://user.github.io/repo/",
                "index.html", page("<a href=\"topics/index.html\">t</a>"),
                "topics/index.html", page("<a href=\"../index.html\">home</a>"),
                "404.html", page("<link rel=\"stylesheet\" href=\"/repo/assets/x.css\">"
                        + "<a href=\"/repo/index.html\">home</a> <a href=\"/other/index.html\">other</a>"),
                "assets/x.css", "");
        List<String> errors = errors(checker);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("outside the site's base path /repo/"), errors.get(0));
    }

    @Test
    void everyPageMustBeReachableFromTheHomePageExcept404() {
        LinkChecker checker = site("",
                "index.html", page("<form action=\"search/index.html\"><input name=q></form>"),
                "search/index.html", page("<a href=\"../index.html\">home</a>"),
                "orphan/index.html", page("<a href=\"../index.html\">home</a>"),
                "404.html", page("<a href=\"/index.html\">home</a>"));
        List<String> errors = errors(checker);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("/site/orphan/index.html: error: page is not reachable"), errors.get(0));
    }

    @Test
    void linksThatLeaveTheSiteFolderAreBroken() {
        LinkChecker checker = site("", "index.html", page("<a href=\"../../etc/passwd\">x</a>"));
        assertTrue(errors(checker).get(0).contains("leads out of the site's folder"));
    }

    @Test
    void percentEncodedLinksAreDecodedAndQueriesIgnored() {
        LinkChecker checker = site("",
                "index.html", page("<a href=\"caf%C3%A9/index.html?q=x#s%C3%A9\">caf\u00e9</a>"),
                "caf\u00e9/index.html", page("<h2 id=\"s\u00e9\">x</h2>"));
        assertEquals(List.of(), errors(checker));
    }

    @Test
    void resourcesFromTheNetworkAreWarningsAndExternalLinksAreFine() {
        LinkChecker checker = site("",
                "index.html", page("<script src=\"https://cdn.example.org/x.js\"></script>"
                        + "<a href=\"https://arxiv.org/abs/1\">arXiv</a> <a href=\"mailto:a@b.c\">mail</a>"
                        + "<img src=\"data:image/png;base64,AAAA\" alt=\"\">"));
        List<Diagnostic> problems = checker.check(OUT);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("https://cdn.example.org/x.js"));
    }

    @Test
    void scriptUrlsAreNeverLinks() {
        LinkChecker checker = site("", "index.html", page("<a href=\"javascript:alert(1)\">x</a>"));
        assertTrue(errors(checker).get(0).contains("javascript: URLs are not allowed"));
    }

    @Test
    void aBrokenUrlInAStylesheetIsReportedWithItsLine() {
        LinkChecker checker = site("",
                "index.html", page("<link rel=\"stylesheet\" href=\"a.css\">"),
                "a.css", "body {}\n@font-face { src: url('fonts/missing.woff2') }\n@import 'gone.css';\n"
                        + ".a { background: url(ok.png) }\n\n.b { background: url(\"no.png\") }",
                "ok.png", "png");
        List<String> errors = errors(checker);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("/site/a.css:2: error: broken link 'fonts/missing.woff2'"), errors.get(0));
        assertTrue(errors.get(1).startsWith("/site/a.css:3: error: broken link 'gone.css'"), errors.get(1));
        assertTrue(errors.get(2).startsWith("/site/a.css:6: error: broken link 'no.png'"), errors.get(2));
    }

    @Test
    void linksKeptFromAnEarlierReadingAreCheckedAsIfReadAgain() {
        String[] files = {
                "index.html", page("<a href=\"papers/a/index.html#abstract\">a</a>\n<a href=\"papers/a/index.html#gone\">gone</a>"
                        + "\n<a href=\"missing/index.html\">m</a>\n<img src=\"https://example.org/x.png\">"),
                "papers/a/index.html", page("<h2 id=\"abstract\">A</h2><a name=\"legacy\"></a>"
                        + "<a href=\"../../index.html#top\">home</a>\n<a href=\"#legacy\">up</a>"),
                "lonely/index.html", page("<p>no one links here</p>"),
                "assets/x.css", "body {}\n.a { background: url(nope.png) }"};
        LinkChecker read = site("", files);
        LinkChecker kept = new LinkChecker("");
        for (int i = 0; i < files.length; i += 2) {
            LinkChecker.Links links = read.links(files[i]);
            assertTrue(links != null, files[i]);
            kept.add(files[i], links);
        }
        List<String> problems = read.check(OUT).stream().map(Diagnostic::toString).toList();
        assertEquals(5, problems.size(), problems.toString());
        assertEquals(problems, kept.check(OUT).stream().map(Diagnostic::toString).toList());
        assertEquals(List.of("abstract", "legacy"), read.links("papers/a/index.html").ids());
    }

    /** A site the last build checked and committed: a home page, two papers that link to each other, a topic. */
    private static final String[] LAST_BUILD = {
            "index.html", page("<a href=\"topics/t/index.html\">t</a>\n<a href=\"papers/a/index.html#abstract\">a</a>"
                    + "\n<link rel=\"canonical\" href=\"https://example.org/site/\">"),
            "topics/t/index.html", page("<a href=\"../../papers/a/index.html\">a</a>"
                    + "\n<a href=\"../../papers/b/index.html#notes\">b</a>"),
            "papers/a/index.html", page("<h2 id=\"abstract\">A</h2>\n<a href=\"../b/index.html#notes\">b</a>"
                    + "\n<img src=\"https://cdn.example.org/a.png\">"),
            "papers/b/index.html", page("<h2 id=\"notes\">Notes</h2>\n<a href=\"../a/index.html#abstract\">a</a>"),
            "assets/x.css", "body {}"};

    /**
     * The next build's checker: the pages named in {@code rendered} (path, then HTML) are handed over as rendered
     * again, with what they had in the last build; every other page of {@link #LAST_BUILD} is kept, with the links
     * that build read from it. {@code gone} are pages of the last build that this one no longer has.
     */
    private static LinkChecker rebuild(List<String> gone, String... rendered) {
        LinkChecker last = site("https://example.org/site/", LAST_BUILD);
        assertEquals(1, last.check(OUT).size(), "the last build passed, with one warning (the network image)");
        LinkChecker next = new LinkChecker("https://example.org/site/");
        Set<String> earlier = new TreeSet<>();
        List<String> again = new ArrayList<>();
        for (int i = 0; i < rendered.length; i += 2) {
            again.add(rendered[i]);
        }
        for (int i = 0; i < LAST_BUILD.length; i += 2) {
            String path = LAST_BUILD[i];
            earlier.add(path);
            if (again.contains(path)) {
                next.earlier(path, last.links(path));
            } else if (!gone.contains(path)) {
                next.add(path, last.links(path));
            }
        }
        for (int i = 0; i < rendered.length; i += 2) {
            next.add(rendered[i], rendered[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        next.earlierFiles(earlier);
        return next;
    }

    /** What a check that reads every page of the site that {@link #rebuild} describes reports. */
    private static List<String> fullCheck(List<String> gone, String... rendered) {
        Map<String, String> next = new LinkedHashMap<>();
        for (int i = 0; i < LAST_BUILD.length; i += 2) {
            if (!gone.contains(LAST_BUILD[i])) {
                next.put(LAST_BUILD[i], LAST_BUILD[i + 1]);
            }
        }
        for (int i = 0; i < rendered.length; i += 2) {
            next.put(rendered[i], rendered[i + 1]);
        }
        LinkChecker checker = new LinkChecker("https://example.org/site/");
        next.forEach((path, text) -> checker.add(path, text.getBytes(StandardCharsets.UTF_8)));
        return strings(checker.check(OUT));
    }

    private static List<String> strings(List<Diagnostic> problems) {
        return problems.stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aRebuildThatKeepsPagesReportsWhatAFullCheckWould() {
        // one paper rendered again with other words and the same ids and links: only the warning of the kept page
        String[] reworded = {"papers/b/index.html",
                page("<h2 id=\"notes\">New notes</h2>\n<p>more</p>\n<a href=\"../a/index.html#abstract\">a</a>")};
        List<Diagnostic> problems = rebuild(List.of(), reworded).check(OUT);
        assertEquals(fullCheck(List.of(), reworded), strings(problems));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Severity.WARNING, problems.get(0).severity(), "a kept page that loads from the network warns again");
        assertEquals(OUT.resolve("papers/a/index.html"), problems.get(0).location().file());
    }

    @Test
    void anIdThatAPageRenderedAgainLostBreaksTheKeptPagesThatLinkToIt() {
        String[] renamed = {"papers/b/index.html",
                page("<h2 id=\"remarks\">Notes</h2>\n<a href=\"../a/index.html#abstract\">a</a>")};
        List<String> errors = errors(rebuild(List.of(), renamed));
        // and a broken link leads nowhere, so b's page is no longer reachable either
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("/site/papers/a/index.html:3: error: broken link '../b/index.html#notes'"),
                errors.get(0));
        assertTrue(errors.get(1).startsWith("/site/papers/b/index.html: error: page is not reachable"), errors.get(1));
        assertTrue(errors.get(2).startsWith("/site/topics/t/index.html:3: error: broken link"), errors.get(2));
        assertEquals(fullCheck(List.of(), renamed), strings(rebuild(List.of(), renamed).check(OUT)));
    }

    @Test
    void aPageThatIsGoneBreaksTheKeptPagesThatLinkToIt() {
        List<String> errors = errors(rebuild(List.of("papers/b/index.html")));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("no file papers/b/index.html in the site"), errors.get(0));
        assertEquals(fullCheck(List.of("papers/b/index.html")),
                strings(rebuild(List.of("papers/b/index.html")).check(OUT)));
    }

    @Test
    void aPageRenderedAgainThatNoLongerLeadsToAPageCanLeaveItUnreachable() {
        // the topic page was the only way to b's page from the home page (a links to it, but a's link is a's own)
        String[] rendered = {"topics/t/index.html", page("<p>no papers</p>"),
                "papers/a/index.html", page("<h2 id=\"abstract\">A</h2>")};
        List<String> errors = errors(rebuild(List.of(), rendered));
        assertEquals(List.of("/site/papers/b/index.html: error: page is not reachable from index.html by following links"),
                errors.stream().map(e -> e.replaceAll("\n.*", "")).toList());
        assertEquals(fullCheck(List.of(), rendered), strings(rebuild(List.of(), rendered).check(OUT)));
    }

    @Test
    void aNewPageMustBeReachable() {
        String[] added = {"papers/c/index.html", page("<p>new</p>")};
        List<String> errors = errors(rebuild(List.of(), added));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("/site/papers/c/index.html: error: page is not reachable"), errors.get(0));
        assertEquals(fullCheck(List.of(), added), strings(rebuild(List.of(), added).check(OUT)));
    }

    @Test
    void keptPagesAnchoredLinksAreResolvedAgainstThisBuildsBaseUrl() {
        // the kept home page's canonical link names the site as published: with another base URL it names another
        // site, which a <link> would load from the network: a warning, as a check that reads the page again gives
        LinkChecker last = site("https://example.org/site/", LAST_BUILD);
        LinkChecker next = new LinkChecker("https://example.org/other/");
        Set<String> earlier = new TreeSet<>();
        for (int i = 0; i < LAST_BUILD.length; i += 2) {
            earlier.add(LAST_BUILD[i]);
            next.add(LAST_BUILD[i], last.links(LAST_BUILD[i]));
        }
        next.earlierFiles(earlier);
        List<String> problems = strings(next.check(OUT));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("/site/index.html:4: warning: loads https://example.org/site/"),
                problems.get(0));
        assertEquals(strings(site("https://example.org/other/", LAST_BUILD).check(OUT)), problems);
    }

    @Test
    void theRelativeLinksOfKeptPagesAreVouchedForByTheLastBuildsCheck() {
        // a kept page whose recorded links were broken could only come from a build that did not pass its check:
        // such a build commits nothing and leaves no page cache. Shown here with made-up links: kept pages' relative
        // links are not resolved again while nothing they could lead to is gone, and so cost a rebuild nothing
        LinkChecker next = new LinkChecker("");
        next.add("index.html", new LinkChecker.Links(List.of("nowhere/index.html"), new int[] {3},
                new BitSet(), List.of()));
        next.earlierFiles(Set.of("index.html"));
        assertEquals(List.of(), next.check(OUT));
        LinkChecker unknownLastBuild = new LinkChecker("");
        unknownLastBuild.add("index.html", next.links("index.html"));
        assertEquals(1, errors(unknownLastBuild).size(), "without the last build's files, every link is checked");
    }
}
