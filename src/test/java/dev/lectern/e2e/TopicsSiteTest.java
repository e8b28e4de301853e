package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Topics as a reader meets them: every paper filed under a topic with the reason, topic pages with their papers
 * and related topics, the topic map, and {@code lectern topics} for the site owner.
 */
class TopicsSiteTest {

    @TempDir
    Path temp;

    /** A site of the repository's seed listings, with {@code siteYml} when it is not null. */
    private Path seedSite(String siteYml) throws IOException {
        Path site = temp.resolve("seed-site");
        Files.createDirectories(site.resolve("seeds"));
        try (Stream<Path> seeds = Files.list(DefaultSiteTest.DEFAULT_SITE.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, site.resolve("seeds").resolve(seed.getFileName()));
            }
        }
        if (siteYml != null) {
            Files.writeString(site.resolve("site.yml"), siteYml);
        }
        return site;
    }

    private Path resourceSite(String... listings) throws IOException {
        Path site = temp.resolve("field-site");
        Files.createDirectories(site.resolve("seeds"));
        for (String listing : listings) {
            Files.copy(Path.of("src/test/resources/listings", listing + ".txt"),
                    site.resolve("seeds").resolve(listing + ".txt"));
        }
        return site;
    }

    private static List<String> paperPages(BuiltSite site) {
        return site.htmlPages().stream().filter(p -> p.startsWith("papers/")).toList();
    }

    private static List<String> topicPages(BuiltSite site) {
        return site.htmlPages().stream().filter(p -> p.matches("topics/[^/]+/index\\.html")).toList();
    }

    /** The page of the paper whose abstract starts with {@code prefix}. */
    private static String paperStarting(BuiltSite site, String prefix) {
        return paperPages(site).stream()
                .filter(p -> site.page(p).select("p.abstract").text().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no paper starts with " + prefix));
    }

    /** Each topic of a paper page, as "name: reason". */
    private static List<String> topicsWithReasons(Document paper) {
        return paper.select(".topic-reasons li").stream()
                .map(li -> li.select("a").text() + ": " + li.select(".why").text()).toList();
    }

    @Test
    void everyPaperHasATopicAndNoneIsLeftUnderOtherPapers() throws IOException {
        BuiltSite site = BuiltSite.build(seedSite(null), temp.resolve("out"));
        for (String page : paperPages(site)) {
            assertFalse(site.page(page).select(".topic-reasons a[href]").isEmpty(), page + " has a topic");
        }
        assertFalse(site.exists("topics/other-papers/index.html"), "discovered topics leave no paper unfiled");
        assertTrue(topicPages(site).size() >= 10, "the seeds make a real taxonomy: " + topicPages(site));
    }

    @Test
    void paperPagesSayWhyAPaperIsFiledUnderEachTopic() throws IOException {
        BuiltSite site = BuiltSite.build(seedSite(null), temp.resolve("out"));
        Document kd = site.page(paperStarting(site, "Knowledge distillation (KD) is widely used"));
        assertTrue(topicsWithReasons(kd).contains("Knowledge distillation: defines KD"), topicsWithReasons(kd).toString());
        Document rlhf = site.page(paperStarting(site, "The dominant paradigm for RLHF"));
        assertTrue(topicsWithReasons(rlhf).contains("Reinforcement learning from human feedback: mentions \u201cRLHF\u201d"),
                topicsWithReasons(rlhf).toString());
    }

    @Test
    void relatedPapersOfADistillationPaperAreOtherDistillationPapers() throws IOException {
        BuiltSite site = BuiltSite.build(seedSite(null), temp.resolve("out"));
        Document kd = site.page(paperStarting(site, "Knowledge distillation (KD) is widely used"));
        List<String> related = kd.select("#related-heading ~ .cards .paper-card__abstract").eachText();
        assertEquals(5, related.size(), "five related papers by default");
        assertTrue(related.stream().filter(t -> t.toLowerCase().contains("distillation")).count() >= 2,
                related.toString());
    }

    @Test
    void topicPagesListTheirPapersAndRelatedTopics() throws IOException {
        BuiltSite site = BuiltSite.build(seedSite(null), temp.resolve("out"));
        Document kd = site.page("topics/knowledge-distillation/index.html");
        assertEquals("Knowledge distillation", kd.select("h1").text());
        assertTrue(kd.select(".lead").text().contains("KD"), "it says how papers write it");
        List<String> papers = kd.select(".cards .paper-card__abstract").eachText();
        assertTrue(papers.size() >= 4, papers.toString());
        assertTrue(papers.get(0).toLowerCase().contains("distillation"), "papers that name the topic come first");
        assertFalse(kd.select("#related-heading").isEmpty(), "related topics by shared papers");
    }

    @Test
    void theTopicsIndexShowsAMapWhoseNodesLinkToTopicPages() throws Exception {
        BuiltSite site = BuiltSite.build(seedSite(null), temp.resolve("out"));
        String html = Files.readString(site.root.resolve("topics/index.html"));
        int start = html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"topic-map\"");
        int end = html.indexOf("</svg>", start) + "</svg>".length();
        assertTrue(start > 0 && end > start, "the map is inline SVG");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document svg = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.substring(start, end).getBytes(StandardCharsets.UTF_8)));
        NodeList links = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        assertEquals(Math.min(40, topicPages(site).size()), links.getLength(), "a node per topic");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((org.w3c.dom.Element) links.item(i)).getAttribute("href");
            assertTrue(href.endsWith("/index.html") && !href.startsWith("/") && !href.contains(":"), href);
            String target = site.resolve("topics/index.html", href).orElseThrow();
            assertTrue(target.matches("topics/[^/]+/index\\.html") && site.exists(target), href);
        }
        assertTrue(site.page("topics/index.html").select("script").stream()
                .allMatch(s -> s.attr("src").matches("\\.\\./assets/(lectern|theme)\\.js")),
                "no script is needed but the theme's");
    }

    @Test
    void configuredTopicsComeFirstAndGainTheAcronymsTheListingsDefine() throws IOException {
        BuiltSite site = BuiltSite.build(seedSite("""
                topics:
                  - name: Reinforcement learning
                    description: Agents that learn from reward.
                    phrases: [reinforcement learning]
                """), temp.resolve("out"));
        Document bbf = site.page(paperStarting(site, "We introduce a value-based RL agent"));
        assertTrue(topicsWithReasons(bbf).contains("Reinforcement learning: mentions \u201cRL\u201d"),
                topicsWithReasons(bbf).toString());
        long rlPages = topicPages(site).stream()
                .filter(p -> site.page(p).select("h1").text().equals("Reinforcement learning")).count();
        assertEquals(1, rlPages, "RL is not discovered a second time");
        Document rl = site.page("topics/reinforcement-learning/index.html");
        assertEquals("Agents that learn from reward.", rl.select(".lead").text());
        assertTrue(rl.select(".also-written").text().contains("RL"));
    }

    @Test
    void optionsShapeTheTopicsAndRelatedPapers() throws IOException {
        BuiltSite site = BuiltSite.build(seedSite("""
                options:
                  related-papers: 2
                  max-topics-per-paper: 1
                  min-topic-papers: 3
                """), temp.resolve("out"));
        for (String page : paperPages(site)) {
            Document paper = site.page(page);
            assertEquals(1, paper.select(".topic-reasons li").size(), page);
            assertTrue(paper.select("#related-heading ~ .cards > li").size() <= 2, page);
        }
        for (String page : topicPages(site)) {
            Document topic = site.page(page);
            boolean discovered = topic.select(".page-meta").text().contains("found in the listings");
            int papers = topic.select(".cards > li").size();
            assertTrue(!discovered || papers >= 3, page + " has " + papers + " papers");
        }
    }

    @Test
    void aTopicOptionOutOfRangeIsAnErrorWithItsLine() throws IOException {
        Path site = seedSite("title: Seeds\noptions:\n  min-topic-papers: 0\n");
        BuiltSite.Result result = BuiltSite.run("build", "--site", site.toString(), "--out",
                temp.resolve("out").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("site.yml:3:"), result.stderr());
        assertTrue(result.stderr().contains("min-topic-papers must be at least 1"), result.stderr());
    }

    /** The pages of a topic, from its first page along its pager's links to the next one. */
    private static List<String> pagesOfTopic(BuiltSite site, String firstPage) {
        List<String> pages = new ArrayList<>(List.of(firstPage));
        for (Element next = site.page(firstPage).selectFirst(".page-numbers a[rel=next]"); next != null;
             next = site.page(pages.get(pages.size() - 1)).selectFirst(".page-numbers a[rel=next]")) {
            pages.add(site.resolve(pages.get(pages.size() - 1), next.attr("href")).orElseThrow());
        }
        return pages;
    }

    private static List<String> cardIds(Document page) {
        return page.select(".cards > li > .paper-card").eachAttr("id");
    }

    /** The topic page of {@code site} with the most papers. */
    private static String largestTopic(BuiltSite site) {
        return topicPages(site).stream()
                .max(Comparator.comparingInt((String p) -> cardIds(site.page(p)).size())
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }

    @Test
    void aLargeTopicContinuesOnNumberedPagesThatHoldEachOfItsPapersOnce() throws IOException {
        Path site = seedSite("options:\n  topic-page-size: 0\n");
        BuiltSite whole = BuiltSite.build(site, temp.resolve("whole"));
        String topic = largestTopic(whole);
        List<String> all = cardIds(whole.page(topic));
        assertTrue(all.size() > 7, topic + " fills three pages of three: " + all.size());
        assertTrue(whole.page(topic).select(".page-numbers").isEmpty(), "a topic on one page has no pager");

        Files.writeString(site.resolve("site.yml"), "base-url: https://lab.example.org/digest/\n"
                + "options:\n  topic-page-size: 3\n");
        BuiltSite paged = BuiltSite.build(site, temp.resolve("paged"));
        List<String> pages = pagesOfTopic(paged, topic);
        int count = (all.size() + 2) / 3;
        assertEquals(count, pages.size(), pages.toString());
        String folder = topic.substring(0, topic.length() - "index.html".length());
        assertEquals(folder + "page/2/index.html", pages.get(1));
        List<String> shown = new ArrayList<>();
        for (String page : pages) {
            List<String> ids = cardIds(paged.page(page));
            assertTrue(ids.size() == 3 || page.equals(pages.get(count - 1)) && !ids.isEmpty(), page + ": " + ids);
            shown.addAll(ids);
        }
        assertEquals(all, shown, "the pages hold the topic's papers once each, in the topic's order");

        Document first = paged.page(topic);
        Document second = paged.page(pages.get(1));
        String name = first.select("h1").text();
        assertEquals(name, second.select("h1").text());
        assertTrue(second.title().startsWith(name + " (page 2 of " + count + ")"), second.title());
        assertEquals("2", second.select(".page-numbers [aria-current=page]").text());
        assertEquals(Optional.of(topic), paged.resolve(pages.get(1), second.select(".page-numbers a[rel=prev]").attr("href")));
        assertTrue(second.select(".breadcrumbs a").eachText().contains(name), "page 2 leads back to the topic");
        assertTrue(second.select(".page-meta").text().startsWith(all.size() + " papers, the most central first · "
                + "4–6 on page 2 of " + count), second.select(".page-meta").text());
        assertEquals(!whole.page(topic).select("#related-heading").isEmpty(), !first.select("#related-heading").isEmpty());
        assertTrue(second.select("#related-heading").isEmpty(), "related topics are on the first page only");
        String url = "https://lab.example.org/digest/" + folder + "page/2/";
        assertEquals(url, second.select("link[rel=canonical]").attr("href"));
        assertTrue(Files.readString(paged.root.resolve("sitemap.xml")).contains("<loc>" + url + "</loc>"),
                "the sitemap lists the later pages");
    }

    @Test
    void aTopicThatFitsOnFewerPagesLeavesNoStalePageBehind() throws IOException {
        Path site = seedSite("options:\n  topic-page-size: 3\n");
        Path out = temp.resolve("out");
        BuiltSite paged = BuiltSite.build(site, out);
        String topic = largestTopic(paged);
        String second = topic.replace("index.html", "page/2/index.html");
        assertTrue(paged.exists(second), second);
        List<String> papers = pagesOfTopic(paged, topic).stream().flatMap(p -> cardIds(paged.page(p)).stream())
                .toList();

        Files.writeString(site.resolve("site.yml"), "options:\n  topic-page-size: 0\n");
        BuiltSite whole = BuiltSite.build(site, out);
        assertFalse(whole.exists(second), "the rebuild removes the pages the topic no longer fills");
        assertFalse(Files.exists(out.resolve(topic.replace("index.html", "page"))), "and their folders");
        assertEquals(papers, cardIds(whole.page(topic)));
    }

    @Test
    void aNegativeTopicPageSizeIsAnErrorWithItsLine() throws IOException {
        Path site = seedSite("title: Seeds\noptions:\n  topic-page-size: -5\n");
        BuiltSite.Result result = BuiltSite.run("build", "--site", site.toString(), "--out",
                temp.resolve("out").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("site.yml:3:"), result.stderr());
        assertTrue(result.stderr().contains("topic-page-size cannot be negative"), result.stderr());
        assertFalse(Files.exists(temp.resolve("out")), "nothing is written");
    }

    @Test
    void aListingOfAnotherFieldGetsTopicPagesOfItsOwn() throws IOException {
        BuiltSite site = BuiltSite.build(resourceSite("cell-biology"), temp.resolve("out"));
        Document scrna = site.page("topics/single-cell-rna-sequencing/index.html");
        assertEquals("Single-cell RNA sequencing", scrna.select("h1").text());
        assertTrue(scrna.select(".cards > li").size() >= 4);
        for (String slug : List.of("gut-microbiome", "genome-wide-association-studies", "alphafold", "crispr",
                "induced-pluripotent-stem-cells", "alzheimers-disease")) {
            assertTrue(site.exists("topics/" + slug + "/index.html"), slug);
        }
        Document gwas = site.page(paperStarting(site, "Polygenic risk scores derived from GWAS"));
        assertTrue(topicsWithReasons(gwas).contains("Genome-wide association studies: mentions \u201cGWAS\u201d"),
                topicsWithReasons(gwas).toString());
    }

    @Test
    void topicsAndRelatedPapersAreTheSameOnEveryBuild() throws IOException {
        Path site = resourceSite("cell-biology", "condensed-matter");
        BuiltSite first = BuiltSite.build(site, temp.resolve("first"));
        BuiltSite second = BuiltSite.build(site, temp.resolve("second"));
        assertEquals(first.htmlPages(), second.htmlPages());
        for (String page : first.htmlPages()) {
            assertArrayEquals(Files.readAllBytes(first.root.resolve(page)), Files.readAllBytes(second.root.resolve(page)),
                    page);
        }
    }

    @Test
    void topicsCommandPrintsTopicsWithExamplesAndEntriesThatKeepThem() throws IOException {
        Path site = seedSite(null);
        String[] run = runCapturingOutput("topics", "--site", site.toString());
        assertEquals("0", run[0], run[2]);
        String out = run[1];
        assertTrue(out.contains("Discovered in the listings"), out);
        assertTrue(out.matches("(?s).*knowledge-distillation +\\d+ papers +Knowledge distillation.*"), out);
        assertTrue(out.contains("matched by \u201cknowledge distillation\u201d, KD"), out);
        assertTrue(out.contains("e.g. "), out);
        String yaml = out.substring(out.indexOf("\ntopics:\n") + 1);

        Map<String, Integer> discovered = topicSizes(BuiltSite.build(site, temp.resolve("before")));
        Files.writeString(site.resolve("site.yml"), "title: Curated\n" + yaml);
        BuiltSite curated = BuiltSite.build(site, temp.resolve("after"));
        Map<String, Integer> configured = topicSizes(curated);
        assertEquals(discovered.keySet(), configured.keySet(), "the pasted entries give the same topics");
        assertEquals(discovered.get("knowledge-distillation"), configured.get("knowledge-distillation"));
        assertFalse(curated.page("topics/knowledge-distillation/index.html").select(".page-meta").text()
                .contains("found in the listings"), "now a configured topic");

        String[] again = runCapturingOutput("topics", "--site", site.toString());
        assertTrue(again[1].contains("Configured in site.yml"), again[1]);
    }

    @Test
    void topicsCommandReportsBadInputLikeBuild() throws IOException {
        Path site = seedSite("topics:\n  - name: X\n    phrasse: [x]\n");
        String[] run = runCapturingOutput("topics", "--site", site.toString());
        assertEquals("1", run[0]);
        assertTrue(run[2].contains("site.yml:3:") && run[2].contains("unknown key 'phrasse'"), run[2]);
    }

    private static Map<String, Integer> topicSizes(BuiltSite site) {
        Map<String, Integer> sizes = new TreeMap<>();
        for (String page : topicPages(site)) {
            sizes.put(page.split("/")[1], site.page(page).select(".cards > li").size());
        }
        return sizes;
    }

    /** Runs the command line; returns its exit code, stdout and stderr. */
    private static String[] runCapturingOutput(String... args) {
        synchronized (BuiltSite.class) {
            PrintStream out = System.out;
            PrintStream err = System.err;
            ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
            ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
            try (PrintStream o = new PrintStream(capturedOut, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(capturedErr, true, StandardCharsets.UTF_8)) {
                System.setOut(o);
                System.setErr(e);
                int code = Main.run(args);
                return new String[] {String.valueOf(code), capturedOut.toString(StandardCharsets.UTF_8),
                    capturedErr.toString(StandardCharsets.UTF_8)};
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
        }
    }
}
