package dev.lectern.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
}
