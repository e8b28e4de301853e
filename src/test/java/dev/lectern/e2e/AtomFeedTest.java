package dev.lectern.e2e;

import static dev.lectern.e2e.ReadingGroupSite.BASE_URL;
import static dev.lectern.e2e.ReadingGroupSite.WEDNESDAY_25_NOVEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The Atom feeds of a reading group's site, parsed as XML and held to what RFC 4287 requires. */
class AtomFeedTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path temp;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(ReadingGroupSite.write(temp.resolve("site")), temp.resolve("out"),
                WEDNESDAY_25_NOVEMBER);
    }

    static Document parse(Path file) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(file.toFile());
    }

    static List<Path> feeds(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static String only(Element parent, String name, String where) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), where + " has exactly one atom:" + name);
        return found.get(0).getTextContent();
    }

    static void assertAbsoluteIri(String text, String where) {
        URI uri = URI.create(text.strip());
        assertTrue(uri.isAbsolute(), where + ": " + text + " is an absolute IRI");
    }

    static void assertDateTime(String text, String where) {
        assertTrue(text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"),
                where + ": '" + text + "' is an RFC 3339 date-time");
        OffsetDateTime.parse(text);
    }

    @Test
    void everyFeedHasWhatRfc4287Requires() throws Exception {
        List<Path> feeds = feeds(site.root);
        assertEquals(List.of(site.root.resolve("feed.xml"), site.root.resolve("topics/knowledge-distillation/feed.xml"),
                        site.root.resolve("topics/reasoning/feed.xml"),
                        site.root.resolve("topics/reinforcement-learning/feed.xml")),
                feeds, "the site's feed and one per topic");
        for (Path file : feeds) {
            String where = site.root.relativize(file).toString();
            Element feed = parse(file).getDocumentElement();
            assertEquals(ATOM, feed.getNamespaceURI(), where);
            assertEquals("feed", feed.getLocalName(), where);
            assertAbsoluteIri(only(feed, "id", where), where + " feed/id");
            assertFalse(only(feed, "title", where).isBlank(), where + " feed/title");
            assertDateTime(only(feed, "updated", where), where + " feed/updated");
            List<Element> self = children(feed, "link").stream().filter(l -> l.getAttribute("rel").equals("self")).toList();
            assertEquals(1, self.size(), where + " has a self link");
            String selfUrl = BASE_URL + site.root.relativize(file).toString().replace('\\', '/');
            assertEquals(selfUrl, self.get(0).getAttribute("href"), where + " self link is its published URL");
            boolean feedAuthor = !children(feed, "author").isEmpty();
            for (Element author : children(feed, "author")) {
                assertFalse(only(author, "name", where + " author").isBlank());
            }
            Set<String> ids = new HashSet<>();
            for (Element entry : children(feed, "entry")) {
                String id = only(entry, "id", where + " entry");
                String w = where + " entry " + id;
                assertAbsoluteIri(id, w);
                assertTrue(ids.add(id), w + " has a unique id");
                assertFalse(only(entry, "title", w).isBlank(), w + " title");
                assertDateTime(only(entry, "updated", w), w + " updated");
                assertTrue(feedAuthor || !children(entry, "author").isEmpty(), w + " has an author, or its feed has");
                List<Element> alternates = children(entry, "link").stream()
                        .filter(l -> l.getAttribute("rel").isEmpty() || l.getAttribute("rel").equals("alternate"))
                        .toList();
                List<Element> content = children(entry, "content");
                assertTrue(!alternates.isEmpty() || !content.isEmpty(), w + " has an alternate link or content");
                assertTrue(alternates.size() <= 1, w + " has at most one alternate link of one type");
                for (Element link : children(entry, "link")) {
                    assertTrue(link.getAttribute("href").startsWith(BASE_URL), w + " links absolutely into the site");
                }
                for (Element c : content) {
                    assertTrue(List.of("text", "html", "xhtml").contains(c.getAttribute("type")), w + " content type");
                }
            }
        }
    }

    @Test
    void theSiteFeedHasEveryDigestAndTheDatedPapersNewestFirst() throws Exception {
        Element feed = parse(site.root.resolve("feed.xml")).getDocumentElement();
        List<Element> entries = children(feed, "entry");
        List<String> ids = entries.stream().map(e -> only(e, "id", "entry")).toList();
        assertEquals(List.of(
                BASE_URL + "digests/2026-12-09-distillation-again/",
                BASE_URL + "digests/2026-12-02-verifiers/",
                BASE_URL + "digests/2026-11-18-on-policy-distillation/",
                BASE_URL + "digests/2026-10-07-q-functions/",
                BASE_URL + "papers/generative-verifiers-reward-modeling-as-next-token/",
                BASE_URL + "papers/distillspec-improving-speculative-decoding-via-knowledge/",
                BASE_URL + "papers/waymax-an-accelerated-data-driven-simulator-for-large-scale/",
                BASE_URL + "papers/on-policy-distillation-of-language-models/"), ids,
                "digests by date, papers by the month of their arXiv id; papers the input does not date are left out");
        assertEquals("2026-12-09T00:00:00Z", only(feed, "updated", "feed"), "the newest entry's date, not the clock");
        Element november = entries.get(2);
        assertEquals("2026-11-18T00:00:00Z", only(november, "updated", "digest"));
        assertEquals(List.of("Amira Haddad", "Jonas Weber"),
                children(november, "author").stream().map(a -> only(a, "name", "author")).toList());
        String content = only(november, "content", "digest");
        assertTrue(content.contains("<a href=\"" + BASE_URL + "papers/on-policy-distillation-of-language-models/\">"),
                "the digest's content links its papers absolutely: " + content);
        assertTrue(content.contains("<table"), "and carries the notes");
        assertFalse(content.contains("href=\"../"), "no relative links in a feed");
        assertFalse(content.contains("href=\"#"), "no links into a page the reader does not have");
        Element paper = entries.get(7);
        assertEquals("2023-06-01T00:00:00Z", only(paper, "updated", "paper"), "June 2023, from 2306.13649");
        assertEquals("Knowledge distillation", ((Element) paper.getElementsByTagNameNS(ATOM, "category").item(0))
                .getAttribute("label"));
    }

    @Test
    void aTopicFeedHasTheTopicsPapersAndTheMeetingsThatReadThem() throws Exception {
        Element feed = parse(site.root.resolve("topics/reasoning/feed.xml")).getDocumentElement();
        assertEquals("Reasoning \u00b7 Distillation reading group", only(feed, "title", "feed"));
        assertEquals(BASE_URL + "topics/reasoning/", children(feed, "link").stream()
                .filter(l -> l.getAttribute("rel").equals("alternate")).findFirst().orElseThrow().getAttribute("href"));
        List<String> titles = children(feed, "entry").stream().map(e -> only(e, "title", "entry")).toList();
        assertEquals(List.of("Verifiers", "Generative Verifiers: Reward Modeling as Next-Token Prediction"), titles);
    }

    @Test
    void pagesAnnounceTheirFeeds() {
        assertEquals("../../feed.xml", site.page("digests/2026-12-02-verifiers/index.html")
                .select("link[rel=alternate][type=application/atom+xml]").attr("href"));
        assertEquals(List.of("feed.xml", "../../feed.xml"), site.page("topics/reasoning/index.html")
                .select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"),
                "a topic page offers its own feed first");
        assertNotNull(site.page("digests/index.html").select("a[href=../feed.xml]").first());
    }

    @Test
    void textThatIsNotXmlIsEscapedOrDropped() throws Exception {
        Path hostile = ReadingGroupSite.write(temp.resolve("hostile"));
        ReadingGroupSite.write(hostile.resolve("content/digests/2026-12-16-hostile.md"), """
                ---
                date: 2026-12-16
                title: "Ampersands & <angle> brackets ]]> and a bell \\a"
                status: upcoming
                papers: [2306.13649]
                ---
                Text with a <script>alert(1)</script> and ]]> inside.
                """);
        BuiltSite built = BuiltSite.build(hostile, temp.resolve("hostile-out"), WEDNESDAY_25_NOVEMBER);
        Element feed = parse(built.root.resolve("feed.xml")).getDocumentElement();
        Element entry = children(feed, "entry").get(0);
        assertEquals("Ampersands & <angle> brackets ]]> and a bell ", only(entry, "title", "entry"));
        String content = only(entry, "content", "entry");
        assertTrue(content.contains("&lt;script&gt;"), "raw HTML in notes stays escaped: " + content);
    }
}
