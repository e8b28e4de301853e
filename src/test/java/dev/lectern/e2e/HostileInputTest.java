package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Hostile and odd text in every input a site has, built with the real command line and read with jsoup: it is
 * shown as written, it never becomes markup or template code, and bad input fails with file, line and a hint.
 */
class HostileInputTest {

    @TempDir
    Path temp;

    private Path site;

    static final String SCRIPTS = "<script>alert('x')</script> <img src=x onerror=alert(1)> "
            + "<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">link</a> ${7*7} <#if true>yes</#if> "
            + "[#assign x=1] --> ]]> </textarea></title>";

    private static final String PAPER = "We present high-cadence observations of coronal rain in an active region "
            + "loop system, obtained with the Solar Orbiter Extreme Ultraviolet Imager";
    private static final String WIND = "The solar wind is a continuous outflow of magnetized plasma from the corona "
            + "of the Sun; its acceleration mechanism remains debated in the community";

    @BeforeEach
    void aSite() throws IOException {
        site = temp.resolve("site");
        Files.createDirectories(site.resolve("seeds"));
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private BuiltSite build() {
        return BuiltSite.build(site, temp.resolve("out"));
    }

    private BuiltSite.Result run() {
        return BuiltSite.run("build", "--site", site.toString(), "--out", temp.resolve("out").toString());
    }

    /** Every way a page could run script: tags, event handlers, script URLs, evaluated template code. */
    static List<String> scriptVectors(Document doc) {
        List<String> found = new ArrayList<>();
        for (Element el : doc.select("*")) {
            // Lectern draws SVG itself (the topic map); what counts is that nothing in it can run
            if (el.is("script, iframe, object, embed, form, base") && !isThemeElement(el)) {
                found.add("<" + el.tagName() + ">");
            }
            for (Attribute a : el.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                if (name.startsWith("on")) {
                    found.add(el.tagName() + "[" + name + "]");
                }
                if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    found.add(el.tagName() + "[" + name + "=" + value + "]");
                }
            }
        }
        if (doc.text().contains("49")) {
            found.add("${7*7} was evaluated");
        }
        return found;
    }

    /**
     * The theme's own scripts (loaded from the site's files, never inline), its JSON-LD metadata and its search form
     * (a GET form to the site's own search page); none of them carries text from the input as code.
     */
    private static boolean isThemeElement(Element el) {
        if (el.is("script[src]")) {
            return !el.attr("src").contains(":") && el.data().isBlank();
        }
        if (el.is("script[type=application/ld+json]")) {
            return !el.data().toLowerCase(Locale.ROOT).contains("</script");
        }
        if (el.is("form")) {
            return !el.attr("action").contains(":") && !el.attr("method").equalsIgnoreCase("post");
        }
        return false;
    }

    private static void assertNoScriptAnywhere(BuiltSite built) {
        for (String page : built.htmlPages()) {
            assertEquals(List.of(), scriptVectors(built.page(page)), page);
        }
    }

    @Test
    void hostileListingTextIsShownAsWrittenOnEveryPage() throws IOException {
        write("seeds/hostile.txt", "2 papers on arXiv\n" + PAPER + " " + SCRIPTS + "...\n" + SCRIPTS + " " + WIND + "...\n");
        BuiltSite built = build();
        assertNoScriptAnywhere(built);
        String listing = built.page("listings/hostile/index.html").select("main").text();
        assertTrue(listing.contains("<script>alert('x')</script>"), listing);
        assertTrue(listing.contains("${7*7} <#if true>yes</#if>"), listing);
        Document paper = built.page(built.htmlPages().stream().filter(p -> p.startsWith("papers/script-"))
                .findFirst().orElseThrow());
        assertTrue(paper.title().startsWith("<script>alert('x')</script>"), "the title is text: " + paper.title());
        assertEquals(1, paper.select("title").size(), "a </title> in the text does not end the title");
    }

    @Test
    void hostileFrontMatterIsEscapedAndScriptLinksAreLeftOut() throws IOException {
        write("seeds/physics.txt", "1 papers on arXiv\n" + PAPER + "...\n");
        write("content/papers/rain.md", "---\n"
                + "match: \"We present high-cadence observations of coronal rain\"\n"
                + "title: \"" + SCRIPTS.replace("\"", "\\\"") + "\"\n"
                + "authors: [\"<img src=x onerror=alert(1)>\", \"${7*7}\"]\n"
                + "venue: \"<#if true>yes</#if>\"\n"
                + "links:\n  PDF: \"javascript:alert(1)\"\n  Slides: \" JaVaScRiPt:alert(1)\"\n"
                + "  Code: \"https://example.org/code\"\n"
                + "---\nNotes with <script>alert(4)</script> and [a link](javascript:alert(5)).\n");
        write("content/pages/about.md", "---\ntitle: \"<script>alert(6)</script>\"\n"
                + "description: \"\\\" onload=\\\"alert(7)\"\nnav-order: 1\n---\n<img src=x onerror=alert(8)>\n");
        BuiltSite built = build();
        assertNoScriptAnywhere(built);
        Document paper = built.page(built.htmlPages().stream().filter(p -> p.startsWith("papers/")).findFirst().orElseThrow());
        assertTrue(paper.select("h1").text().contains("<script>alert('x')</script>"), paper.select("h1").text());
        assertEquals(List.of("https://example.org/code"), paper.select(".paper__links a").eachAttr("href"));
        assertTrue(built.stderr.contains("rain.md:1: warning: the link 'PDF'"), built.stderr);
        assertTrue(built.stderr.contains("the link 'Slides'"), built.stderr);
        assertTrue(built.page("about/index.html").select("main").text().contains("<img src=x onerror=alert(8)>"));
    }

    @Test
    void rawHtmlInMarkdownIsEscapedByDefaultAndSanitizedWhenAllowed() throws IOException {
        write("seeds/physics.txt", "1 papers on arXiv\n" + PAPER + "...\n");
        write("content/pages/about.md", "<b onclick=\"alert(1)\">Bold</b> <script>alert(2)</script>\n"
                + "<a href=\"javascript:alert(3)\">x</a> <iframe src=\"https://evil.example\"></iframe>\n");
        Document escaped = build().page("about/index.html");
        assertTrue(escaped.select(".prose b").isEmpty());
        assertTrue(escaped.select(".prose").text().contains("<b onclick=\"alert(1)\">Bold</b>"));

        write("site.yml", "options:\n  allow-raw-html: true\n");
        BuiltSite allowed = build();
        assertNoScriptAnywhere(allowed);
        Document page = allowed.page("about/index.html");
        assertEquals("Bold", page.select(".prose b").text(), "allowed HTML stays");
        assertFalse(page.select(".prose").text().contains("alert(2)"));
    }

    @Test
    void hostileTextStaysDataInTheAtomFeed() throws Exception {
        write("seeds/physics.txt", "1 papers on arXiv\n" + PAPER + " " + SCRIPTS + " </content> ]]>...\n");
        write("site.yml", "title: \"<b>Feed</b> ]]> &amp;\"\nbase-url: https://digest.example.org/\n");
        write("content/papers/rain.md", "---\narxiv: \"2407.04622\"\n"
                + "match: \"We present high-cadence observations of coronal rain\"\n"
                + "title: \"<img src=x onerror=alert(1)> ${7*7}\"\n---\nNotes.\n");
        BuiltSite built = build();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(built.root.resolve("feed.xml").toFile());
        assertEquals("<b>Feed</b> ]]> &amp;", feed.getElementsByTagName("title").item(0).getTextContent(),
                "the site title is text in the feed, as written");
        NodeList entries = feed.getElementsByTagName("entry");
        assertEquals(1, entries.getLength());
        org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(0);
        assertEquals("<img src=x onerror=alert(1)> ${7*7}",
                entry.getElementsByTagName("title").item(0).getTextContent());
        String html = entry.getElementsByTagName("content").item(0).getTextContent();
        Document content = Jsoup.parseBodyFragment(html);
        assertEquals(List.of(), scriptVectors(content));
        assertTrue(content.text().contains("<script>alert('x')</script>"), "the listing text, as written: " + html);
    }

    @Test
    void hostileSiteYmlValuesAreEscaped() throws IOException {
        write("seeds/physics.txt", "1 papers on arXiv\n" + PAPER + "...\n");
        write("site.yml", "title: \"<script>alert(1)</script> ${7*7}\"\n"
                + "description: \"<img src=x onerror=alert(2)> [x](javascript:alert(3))\"\n"
                + "listings:\n  - file: physics.txt\n    title: \"<#if true>yes</#if>\"\n"
                + "    description: \"<svg onload=alert(4)>\"\n"
                + "topics:\n  - name: \"<b onmouseover=alert(5)>Coronal rain</b>\"\n"
                + "    phrases: [coronal rain]\n    description: \"<script>alert(6)</script>\"\n");
        BuiltSite built = build();
        assertNoScriptAnywhere(built);
        Document home = built.page("index.html");
        assertEquals("<script>alert(1)</script> ${7*7}", home.select(".site-title").text());
        assertTrue(home.select("main").text().contains("<#if true>yes</#if>"), home.select("main").text());
    }

    @Test
    void aBaseUrlOrLanguageThatCouldInjectIsRefusedWithItsLine() throws IOException {
        write("seeds/physics.txt", "1 papers on arXiv\n" + PAPER + "...\n");
        write("site.yml", "title: T\nbase-url: \"javascript:alert(1)//\"\nlanguage: \"en\\\" onload=\\\"x\"\n");
        BuiltSite.Result result = run();
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("site.yml:2: error: base-url must be a web address"), result.stderr());
        assertTrue(result.stderr().contains("site.yml:3: error: language must be a language tag"), result.stderr());
    }

    @Test
    void namesThatWouldBeDotsSlashesOrNothingNeverLeaveTheirFolder() throws IOException {
        write("seeds/..txt", "1 papers on arXiv\n" + PAPER + "...\n");
        write("seeds/second.txt", "1 papers on arXiv\n" + WIND + "...\n");
        write("site.yml", "listings:\n  - file: ..txt\n  - file: second.txt\n    slug: \"../../Outside/Folder\"\n"
                + "topics:\n  - name: \"../..\"\n    phrases: [coronal rain]\n");
        BuiltSite built = build();
        assertTrue(built.stderr.contains("warning: the listing slug '../../Outside/Folder' is not a plain URL name; "
                + "the site uses 'outside-folder'"), built.stderr);
        assertTrue(built.exists("listings/outside-folder/index.html"));
        assertTrue(built.htmlPages().stream().anyMatch(p -> p.matches("listings/listing-[0-9a-f]{8}/index.html")),
                built.htmlPages().toString());
        assertTrue(built.htmlPages().stream().anyMatch(p -> p.matches("topics/topic-[0-9a-f]{8}/index.html")),
                built.htmlPages().toString());
        assertFalse(Files.exists(temp.resolve("Outside")));

        write("site.yml", "listings:\n  - file: second.txt\n    slug: \"/\"\n");
        BuiltSite.Result result = run();
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("site.yml:3: error: the listing slug '/' has no letters or digits"),
                result.stderr());
    }

    @Test
    void aPageFileWhoseNameHasNoLettersIsAnErrorAndDotFilesAreNotPages() throws IOException {
        write("seeds/physics.txt", "1 papers on arXiv\n" + PAPER + "...\n");
        write("content/pages/..md", "A hidden file, as dot files are: not a page.\n");
        assertEquals(0, run().exitCode());
        assertFalse(Files.exists(temp.resolve("index.html")), "nothing is written beside the output folder");
        write("content/pages/\u00a7\u00a7.md", "A page whose name makes no URL.\n");
        BuiltSite.Result result = run();
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("content/pages/\u00a7\u00a7.md: error: a page cannot be named"),
                result.stderr());
    }

    @Test
    void cjkAndRightToLeftPapersGetStableUrlsAndReadableTitles() throws IOException {
        String cjk = "我们提出了一种新的强化学习方法，用于在稀疏奖励环境中进行高效探索。实验表明";
        String arabic = "نقدم في هذه الورقة نموذجا لغويا كبيرا للترجمة الآلية بين اللغات";
        write("seeds/world.txt", "2 papers on arXiv\n" + cjk + "...\n" + arabic + "...\n");
        BuiltSite first = build();
        List<String> papers = first.htmlPages().stream().filter(p -> p.startsWith("papers/")).toList();
        assertEquals(2, papers.size());
        assertTrue(papers.stream().allMatch(p -> p.matches("papers/paper-[0-9a-f]{8}/index.html")), papers.toString());
        List<String> titles = papers.stream().map(p -> first.page(p).select("h1").text()).sorted().toList();
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("我们提出了一种新的强化学习方法")), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("نقدم في هذه الورقة")), titles.toString());

        write("seeds/world.txt", "3 papers on arXiv\n" + PAPER + "...\n" + cjk + "...\n" + arabic + "...\n");
        BuiltSite second = BuiltSite.build(site, temp.resolve("second"));
        assertTrue(second.htmlPages().containsAll(papers), "adding a paper changes no other paper's URL");
    }

    @Test
    void invalidUtf8InAnyInputIsAnErrorWithLineColumnAndByteOffset() throws IOException {
        Files.write(site.resolve("seeds/latin1.txt"),
                ("1 papers on arXiv\nR\u00e9sum\u00e9 of " + PAPER + "...\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.createDirectories(site.resolve("content/pages"));
        Files.write(site.resolve("content/pages/about.md"), "Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        BuiltSite.Result result = run();
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("latin1.txt:2:2: error: invalid UTF-8 at byte offset 19 (byte 0xE9)"),
                result.stderr());
        assertTrue(result.stderr().contains("about.md:1:4: error: invalid UTF-8 at byte offset 3"), result.stderr());
        assertFalse(result.stderr().contains("\tat "), result.stderr());
    }

    @Test
    void aBinaryListingIsAnErrorAndOtherFilesInSeedsAreIgnored() throws IOException {
        write("seeds/physics.txt", "1 papers on arXiv\n" + PAPER + "...\n");
        Files.write(site.resolve("seeds/figure.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertEquals(0, run().exitCode(), "a file that is no listing (.txt) is not read");
        Files.write(site.resolve("seeds/copy.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        BuiltSite.Result result = run();
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("copy.txt:1:5: error: this looks like a binary file, not a listing (a NUL"),
                result.stderr());
    }

    @Test
    void emptyAndHeaderOnlyListingsBuildASiteWithWarnings() throws IOException {
        write("seeds/empty.txt", "");
        write("seeds/header.txt", "3 papers on arXiv\n");
        BuiltSite built = build();
        assertTrue(built.stderr.contains("empty.txt:1: warning: listing is empty"), built.stderr);
        assertTrue(built.stderr.contains("header.txt:1: warning: header announces 3 papers but the file has 0"),
                built.stderr);
        assertTrue(built.exists("listings/empty/index.html"));
        assertTrue(built.page("index.html").select("h1").size() == 1);
    }

    @Test
    void aHundredThousandCharacterLineIsOnePageWithTheWholeAbstract() throws IOException {
        String longAbstract = PAPER + ". " + "More detail follows here. ".repeat(4_000) + "The end";
        write("seeds/long.txt", "1 papers on arXiv\n" + longAbstract + "...\n");
        BuiltSite built = build();
        String page = built.htmlPages().stream().filter(p -> p.startsWith("papers/")).findFirst().orElseThrow();
        assertTrue(built.page(page).select(".abstract").first().text().endsWith("The end\u2026"));
        assertTrue(built.page(page).title().length() < 200, "the title is cut: " + built.page(page).title().length());
    }

    @Test
    void duplicatesAndOnePaperCutTwiceAreOnePageInEachListing() throws IOException {
        write("seeds/a.txt", "3 papers on arXiv\n" + PAPER + "...\n" + WIND + "...\n" + PAPER + "...\n");
        write("seeds/b.txt", "1 papers on arXiv\n" + PAPER.substring(0, 80) + "...\n");
        BuiltSite built = build();
        assertTrue(built.stderr.contains("a.txt:4: warning: the same paper as line 2"), built.stderr);
        List<String> papers = built.htmlPages().stream().filter(p -> p.startsWith("papers/")).toList();
        assertEquals(2, papers.size());
        assertEquals(2, built.page("listings/a/index.html").select("article[id^=paper-]").size(),
                "the repeated line is one card");
        String href = built.page("listings/b/index.html").select("article[id^=paper-] h2 a").attr("href");
        Document paper = built.page(built.resolve("listings/b/index.html", href).orElseThrow());
        assertEquals(3, paper.select(".listing-line").size(), "every line of the paper is on its page: a:2, a:4, b:2");
        assertEquals(2, paper.select(".listing-line a[href*=listings/]").eachAttr("href").stream()
                .map(h -> h.replaceAll("#.*", "")).distinct().count(), "it is in both listings");
    }
}
