package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What publishing needs, read from a built site: GitHub Pages files, metadata for search engines and reference
 * managers, BibTeX, the search index, KaTeX's assets, the link check and the zip.
 */
class PublishTest {

    static final Path SITE = Path.of("src/test/resources/publish-site");
    static final String GKD = "papers/on-policy-distillation-of-language-models-learning-from-self/index.html";
    static final String VERIFIER = "papers/training-verifiers-to-solve-math-word-problems-more/index.html";
    static final String DERIVED = "papers/self-distillation-with-no-labels/index.html";

    @TempDir
    static Path temp;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(SITE, temp.resolve("out"));
    }

    private static String read(String path) throws IOException {
        return Files.readString(site.root.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void githubPagesGetsNojekyllRobotsAndASitemapOfEveryIndexablePage() throws IOException {
        assertTrue(site.exists(".nojekyll"));
        assertFalse(site.exists("CNAME"), "no custom domain configured");
        String sitemap = read("sitemap.xml");
        List<String> urls = new ArrayList<>();
        Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap);
        while (loc.find()) {
            urls.add(loc.group(1));
        }
        List<String> expected = site.htmlPages().stream()
                .filter(p -> !p.equals("404.html") && !p.equals("search/index.html"))
                .map(p -> "https://lectern-site.github.io/lectern/" + p.replaceFirst("index\\.html$", ""))
                .sorted().toList();
        assertEquals(expected, urls.stream().sorted().toList());
        assertTrue(urls.contains("https://lectern-site.github.io/lectern/"), "the home page is the base URL");
        assertEquals("User-agent: *\nDisallow: /lectern/search/index.html\n\n"
                + "Sitemap: https://lectern-site.github.io/lectern/sitemap.xml\n", read("robots.txt"));
    }

    @Test
    void canonicalLinksAndOpenGraphUseTheBaseUrl() {
        Document paper = site.page(GKD);
        String url = "https://lectern-site.github.io/lectern/" + GKD.replace("index.html", "");
        assertEquals(url, paper.select("link[rel=canonical]").attr("href"));
        assertEquals(url, paper.select("meta[property=og:url]").attr("content"));
        assertEquals("article", paper.select("meta[property=og:type]").attr("content"));
        assertEquals("On-Policy Distillation of Language Models: Learning from Self-Generated Mistakes",
                paper.select("meta[property=og:title]").attr("content"));
        assertEquals("Publishing test digest", paper.select("meta[property=og:site_name]").attr("content"));
        assertEquals("website", site.page("index.html").select("meta[property=og:type]").attr("content"));
    }

    @Test
    void theNotFoundPageLinksFromTheBasePathSoItWorksAtAnyDepth() {
        Document notFound = site.page("404.html");
        assertEquals("/lectern/assets/lectern.css", notFound.select("link[rel=stylesheet]").attr("href"));
        assertEquals("/lectern/index.html", notFound.select("a.site-title").attr("href"));
        assertEquals("/lectern/search/index.html", notFound.select("main form").attr("action"));
        assertEquals("noindex", notFound.select("meta[name=robots]").attr("content"));
        assertTrue(notFound.select("link[rel=canonical]").isEmpty(), "a 404 page has no canonical URL");
        for (Element a : notFound.select("a[href]:not([href^=#])")) {
            assertTrue(a.attr("href").startsWith("/lectern/"), a.outerHtml());
        }
    }

    @Test
    void aPaperPageTellsGoogleScholarWhatIsKnown() {
        Document paper = site.page(GKD);
        assertEquals("On-Policy Distillation of Language Models: Learning from Self-Generated Mistakes",
                paper.select("meta[name=citation_title]").attr("content"));
        assertEquals(List.of("Rishabh Agarwal", "Nino Vieillard", "Yongchao Zhou"),
                paper.select("meta[name=citation_author]").eachAttr("content"));
        assertEquals("2024", paper.select("meta[name=citation_publication_date]").attr("content"));
        assertEquals("2306.13649", paper.select("meta[name=citation_arxiv_id]").attr("content"));
        assertEquals("https://arxiv.org/pdf/2306.13649", paper.select("meta[name=citation_pdf_url]").attr("content"));
        assertTrue(paper.select("meta[name=citation_abstract]").isEmpty(), "the listing's abstract is cut");
    }

    @Test
    void aPaperWhoseTitleIsDerivedHasNoScholarTags() {
        Document paper = site.page(DERIVED);
        assertTrue(paper.select("meta[name^=citation_]").isEmpty());
        assertFalse(paper.select("script[type=application/ld+json]").isEmpty(), "JSON-LD all the same");
    }

    @Test
    void aPaperPageDescribesItselfAsAScholarlyArticle() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.page(GKD).select("script[type=application/ld+json]").first().data());
        assertEquals("https://schema.org", json.get("@context").asText());
        assertEquals("ScholarlyArticle", json.get("@type").asText());
        assertEquals("On-Policy Distillation of Language Models: Learning from Self-Generated Mistakes",
                json.get("headline").asText());
        assertEquals("Rishabh Agarwal", json.get("author").get(0).get("name").asText());
        assertEquals("2024", json.get("datePublished").asText());
        assertEquals("https://arxiv.org/abs/2306.13649", json.get("sameAs").get(0).asText());
        assertTrue(json.get("abstract").asText().startsWith("Knowledge distillation (KD) is widely used"));
        assertTrue(json.get("keywords").asText().contains("Knowledge distillation"));
    }

    @Test
    void jsonLdCannotBeEndedByTextInTheTitle() throws IOException {
        Path hostile = temp.resolve("hostile");
        Files.createDirectories(hostile.resolve("seeds"));
        Files.createDirectories(hostile.resolve("content/papers"));
        Files.writeString(hostile.resolve("seeds/a.txt"), "1 papers on arXiv\nA paper about scripts in titles...\n");
        Files.writeString(hostile.resolve("content/papers/a.md"), """
                ---
                match: "A paper about scripts"
                title: "</script><script>alert(1)</script> & {braces"
                authors: ["Ann </script> Lee"]
                ---
                """);
        BuiltSite built = BuiltSite.build(hostile, temp.resolve("hostile-out"));
        String paper = built.htmlPages().stream().filter(p -> p.startsWith("papers/")).findFirst().orElseThrow();
        String html = Files.readString(built.root.resolve(paper));
        String jsonLd = html.substring(html.indexOf("application/ld+json"));
        jsonLd = jsonLd.substring(jsonLd.indexOf('>') + 1, jsonLd.indexOf("</script>"));
        assertFalse(jsonLd.contains("<"), jsonLd);
        JsonNode json = new ObjectMapper().readTree(jsonLd);
        assertEquals("</script><script>alert(1)</script> & {braces", json.get("headline").asText());
        assertTrue(built.page(paper).select("script:not([src]):not([type=application/ld+json])").isEmpty());
        String bibtex = built.page(paper).select("#bibtex").text();
        assertTrue(bibtex.contains("title = {{</script><script>alert(1)</script> \\& \\textbraceleft{}braces}}"),
                bibtex);
    }

    @Test
    void everyPaperPageHasBibtexWithACopyButtonAndTheSiteHasAllOfItInOneFile() throws IOException {
        String all = read("papers.bib");
        Set<String> keys = new HashSet<>();
        Matcher key = Pattern.compile("(?m)^@\\w+\\{([^,]+),").matcher(all);
        while (key.find()) {
            assertTrue(keys.add(key.group(1)), "keys are unique: " + key.group(1));
        }
        List<String> papers = site.htmlPages().stream().filter(p -> p.startsWith("papers/")).toList();
        assertEquals(papers.size(), keys.size(), "one entry per paper");
        for (String page : papers) {
            Document doc = site.page(page);
            String entry = doc.select("pre#bibtex").text();
            assertTrue(entry.startsWith("@"), page);
            assertTrue(all.contains(entry.strip()), page + "'s entry is in papers.bib");
            Element copy = doc.selectFirst("button[data-copy=bibtex]");
            assertTrue(copy != null && copy.hasAttr("hidden"), "the copy button appears only with JavaScript");
            assertEquals("../../papers.bib", doc.select("a[download]").attr("href"));
        }
        String gkd = site.page(GKD).select("pre#bibtex").text();
        assertTrue(gkd.startsWith("@inproceedings{agarwal2024onpolicy,"), gkd);
        assertTrue(gkd.contains("booktitle = {ICLR 2024}"), gkd);
        assertTrue(gkd.contains("eprint = {2306.13649}"), gkd);
        String verifier = site.page(VERIFIER).select("pre#bibtex").text();
        assertTrue(verifier.contains("title = {{Training \\textbraceleft{}Verifiers\\textbraceright{} to Solve Math Word"
                + " Problems \\& More}}"), verifier);
        assertTrue(verifier.contains("author = {Karl Cobbe and Vineet Kosaraju}"), verifier);
    }

    @Test
    void theSearchIndexLoadsAsAScriptAndHoldsEveryPaper() throws IOException {
        String script = read("assets/search-index.js");
        assertTrue(script.startsWith("window.LECTERN_SEARCH={"), "a script, not a file to fetch");
        JsonNode index = new ObjectMapper().readTree(script.substring("window.LECTERN_SEARCH=".length(),
                script.lastIndexOf(';')));
        List<String> topics = new ArrayList<>();
        index.get("topics").forEach(t -> topics.add(t.asText()));
        int papers = 0;
        for (JsonNode doc : index.get("docs")) {
            String path = doc.get(1).asText();
            assertTrue(site.exists(path), path + " exists");
            if (doc.get(0).asText().equals("p")) {
                papers++;
                assertEquals(site.page(path).select("h1").text(), doc.get(2).asText(), "the paper's title");
                assertTrue(doc.get(3).size() > 0, "its topics");
            }
        }
        assertEquals(site.htmlPages().stream().filter(p -> p.startsWith("papers/")).count(), papers);
        JsonNode gkd = null;
        for (JsonNode doc : index.get("docs")) {
            if (doc.get(1).asText().equals(GKD)) {
                gkd = doc;
            }
        }
        assertTrue(gkd.get(4).asText().startsWith("Knowledge distillation (KD)"), "the abstract");
        assertTrue(gkd.get(5).asText().contains("zebracorn"), "the notes, as plain text");
        assertFalse(gkd.get(5).asText().contains("**"), "without Markdown");
        assertTrue(topics.contains("Knowledge distillation"));
    }

    @Test
    void digestsAreSearchableByTheirNotesAndThePapersTheyRead() throws IOException {
        Path copy = copyOfSite("with-digest");
        Files.createDirectories(copy.resolve("content/digests"));
        Files.writeString(copy.resolve("content/digests/2026-11-18-distillation.md"), """
                ---
                date: 2026-11-18
                title: "Distillation night"
                hosts: ["Ada Lovelace"]
                status: held
                papers:
                  - ref: 2306.13649
                    note: "Ada presented the *generalized* loss."
                    questions: ["Why does the quokka divergence matter?"]
                ---
                We compared forward and reverse KL on a whiteboard.
                """);
        BuiltSite built = BuiltSite.build(copy, temp.resolve("with-digest-out"));
        String script = Files.readString(built.root.resolve("assets/search-index.js"));
        JsonNode index = new ObjectMapper().readTree(script.substring("window.LECTERN_SEARCH=".length(),
                script.lastIndexOf(';')));
        JsonNode digest = null;
        for (JsonNode doc : index.get("docs")) {
            if (doc.get(0).asText().equals("d")) {
                digest = doc;
            }
        }
        assertEquals("digests/2026-11-18-distillation/index.html", digest.get(1).asText());
        assertTrue(built.exists(digest.get(1).asText()));
        assertEquals("Distillation night", digest.get(2).asText());
        assertTrue(digest.get(4).asText().startsWith("2026-11-18, hosted by Ada Lovelace. Papers: On-Policy"),
                digest.get(4).asText());
        assertTrue(digest.get(5).asText().contains("whiteboard"), "the meeting's notes");
        assertTrue(digest.get(5).asText().contains("quokka"), "its questions");
        assertTrue(digest.get(3).size() > 0, "the topics of the papers it read");
    }

    @Test
    void theSearchPageReadsItsQueryFromTheUrlAndEveryPageHasASearchBox() {
        Document search = site.page("search/index.html");
        assertEquals("index.html", search.select("main form").attr("action"), "a relative URL naming index.html");
        assertEquals("q", search.select("main form input[type=search]").attr("name"));
        assertEquals(List.of("../assets/theme.js", "../assets/lectern.js", "../assets/search-index.js",
                        "../assets/search.js"),
                search.select("script[src]").eachAttr("src"));
        Document paper = site.page(GKD);
        assertEquals("../../search/index.html", paper.select("header form[role=search]").attr("action"));
        assertEquals("get", paper.select("header form[role=search]").attr("method"));
    }

    @Test
    void mathRendersFromKatexCopiedIntoTheSiteWithItsFontsInside() throws IOException {
        assertTrue(site.exists("assets/katex/katex.min.js"));
        assertTrue(read("assets/katex/katex.min.js").contains("katex"));
        String css = read("assets/katex/katex.css");
        Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(css);
        int fonts = 0;
        while (url.find()) {
            assertTrue(url.group(1).startsWith("data:font/woff2;base64,"), "fonts are inside the stylesheet");
            fonts++;
        }
        assertTrue(fonts >= 15, "KaTeX's fonts: " + fonts);
        assertTrue(site.page("papers/the-q-function-is-a-central-quantity-in-many-reinforcement/index.html")
                .select("span.math").size() >= 2);
        assertTrue(read("assets/lectern.js").contains("katex/katex.min.js"), "the page script loads KaTeX");
    }

    @Test
    void noPageLoadsAnythingFromTheNetwork() {
        for (String page : site.htmlPages()) {
            Document doc = site.page(page);
            for (Element el : doc.select("script[src], link[rel=stylesheet], img[src], iframe[src]")) {
                String url = el.hasAttr("src") ? el.attr("src") : el.attr("href");
                assertFalse(url.matches("(?i)^(https?:)?//.*"), page + " loads " + url);
            }
        }
        assertFalse(site.stderr.contains("from the network"), site.stderr);
    }

    @Test
    void theCheckCommandPassesOnTheBuiltSite() {
        BuiltSite.Result check = BuiltSite.run("check", "--out", site.root.toString());
        assertEquals(0, check.exitCode(), check.stderr());
        assertTrue(check.stderr().contains("every link resolves"), check.stderr());
    }

    @Test
    void theCheckCommandReportsEachBrokenLinkWithItsPageAndLineAndExitsWithOne() throws IOException {
        Path out = temp.resolve("broken");
        BuiltSite.build(SITE, out);
        Path about = out.resolve("about/index.html");
        String html = Files.readString(about);
        Files.writeString(about, html.replace("../topics/index.html", "../topics/gone/index.html"));
        BuiltSite.Result check = BuiltSite.run("check", "--out", out.toString());
        assertEquals(1, check.exitCode(), check.stderr());
        int line = lineOf(html, "../topics/index.html");
        assertTrue(check.stderr().contains(about + ":" + line + ": error: broken link '../topics/gone/index.html'"),
                check.stderr());
        assertTrue(check.stderr().contains("check failed"), check.stderr());
    }

    @Test
    void aBrokenLinkInContentFailsTheBuildAndLeavesThePreviousSite() throws IOException {
        Path copy = copyOfSite("broken-content");
        Path out = temp.resolve("broken-content-out");
        BuiltSite.build(copy, out);
        byte[] before = Files.readAllBytes(out.resolve("about/index.html"));
        Files.writeString(copy.resolve("content/pages/about.md"), "---\ntitle: About\n---\nSee [the old page](../old/index.html).\n");
        BuiltSite.Result result = BuiltSite.run("build", "--site", copy.toString(), "--out", out.toString());
        assertEquals(1, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains(out.resolve("about/index.html") + ":"), result.stderr());
        assertTrue(result.stderr().contains("broken link '../old/index.html': no file old/index.html in the site"),
                result.stderr());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("about/index.html")), "the previous site stays");
    }

    @Test
    void aCustomDomainWritesCnameAndBecomesTheBaseUrl() throws IOException {
        Path copy = copyOfSite("cname");
        String yml = Files.readString(copy.resolve("site.yml"));
        Files.writeString(copy.resolve("site.yml"), yml.replaceFirst("base-url: .*\n", "cname: papers.example.org\n"));
        BuiltSite built = BuiltSite.build(copy, temp.resolve("cname-out"));
        assertEquals("papers.example.org\n", Files.readString(built.root.resolve("CNAME")));
        assertEquals("https://papers.example.org/", built.page("index.html").select("link[rel=canonical]").attr("href"));
        assertEquals("/index.html", built.page("404.html").select("a.site-title").attr("href"));
        assertTrue(Files.readString(built.root.resolve("sitemap.xml")).contains("<loc>https://papers.example.org/</loc>"));
    }

    @Test
    void aCnameThatIsAUrlIsAnErrorWithItsLine() throws IOException {
        Path copy = copyOfSite("bad-cname");
        Files.writeString(copy.resolve("site.yml"), Files.readString(copy.resolve("site.yml"))
                + "cname: https://papers.example.org/\n");
        BuiltSite.Result result = BuiltSite.run("build", "--site", copy.toString(), "--out", temp.resolve("x").toString());
        assertEquals(1, result.exitCode());
        int line = Files.readAllLines(copy.resolve("site.yml")).size();
        assertTrue(result.stderr().contains("site.yml:" + line + ": error: cname 'https://papers.example.org/' is not a"
                + " host name"), result.stderr());
    }

    @Test
    void aSiteWithoutBaseUrlHasNoSitemapAndRootRelative404Links() throws IOException {
        Path copy = copyOfSite("no-base");
        String yml = Files.readString(copy.resolve("site.yml"));
        Files.writeString(copy.resolve("site.yml"), yml.replaceFirst("base-url: .*\n", ""));
        BuiltSite built = BuiltSite.build(copy, temp.resolve("no-base-out"));
        assertFalse(built.exists("sitemap.xml"));
        assertEquals("User-agent: *\nDisallow: /search/index.html\n", Files.readString(built.root.resolve("robots.txt")));
        assertEquals("/assets/lectern.css", built.page("404.html").select("link[rel=stylesheet]").attr("href"));
        assertTrue(built.page("index.html").select("link[rel=canonical]").isEmpty());
    }

    @Test
    void packWritesTheSameZipTwiceWithTheSiteInOneFolder() throws IOException {
        Path zip = temp.resolve("handout.zip");
        Path out = temp.resolve("pack-out");
        BuiltSite.Result first = BuiltSite.run("pack", "--site", SITE.toString(), "--out", out.toString(), "--zip",
                zip.toString());
        assertEquals(0, first.exitCode(), first.stderr());
        byte[] once = Files.readAllBytes(zip);
        BuiltSite.Result second = BuiltSite.run("pack", "--site", SITE.toString(), "--out", out.toString(), "--zip",
                zip.toString());
        assertEquals(0, second.exitCode(), second.stderr());
        assertArrayEquals(once, Files.readAllBytes(zip), "the same site gives the same zip");
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), entry.getTimeLocal());
            }
        }
        assertEquals(names.stream().sorted().toList(), names, "entries are sorted");
        assertTrue(names.contains("publishing-test-digest/index.html"), names.toString());
        assertTrue(names.contains("publishing-test-digest/" + GKD));
        assertTrue(names.stream().noneMatch(n -> n.contains(".lectern")), "Lectern's state stays out");
        assertTrue(first.stderr().contains("unzip it and open publishing-test-digest/index.html"), first.stderr());
    }

    @Test
    void packRefusesAZipInsideTheOutputFolder() {
        Path out = temp.resolve("pack-inside");
        BuiltSite.Result result = BuiltSite.run("pack", "--site", SITE.toString(), "--out", out.toString(), "--zip",
                out.resolve("site.zip").toString());
        assertEquals(2, result.exitCode(), result.stderr());
    }

    @Test
    void twoBuildsGiveTheSameBytesForEveryPublishingFile() throws IOException {
        BuiltSite again = BuiltSite.build(SITE, temp.resolve("again"));
        for (String file : List.of("sitemap.xml", "robots.txt", "papers.bib", "assets/search-index.js",
                "assets/katex/katex.css", "404.html", "search/index.html", GKD)) {
            assertArrayEquals(Files.readAllBytes(site.root.resolve(file)), Files.readAllBytes(again.root.resolve(file)),
                    file);
        }
        assertNotEquals(0, Files.size(site.root.resolve("papers.bib")));
    }

    private static Path copyOfSite(String name) throws IOException {
        Path copy = temp.resolve(name);
        try (var files = Files.walk(SITE)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(SITE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
