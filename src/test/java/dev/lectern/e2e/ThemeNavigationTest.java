package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default theme's navigation and accessibility markup on the built default site: landmarks and a skip link on
 * every page, breadcrumbs, previous and next paper within each listing, and a listing's topic filter that works
 * without JavaScript (links to notes that the page's own rules make filter the papers with {@code :target}).
 */
class ThemeNavigationTest {

    static final String LISTING = "listings/rl-reasoning-distillation/index.html";
    /** A paper on both listings of the default site. */
    static final String SHARED_PAPER = "papers/on-policy-distillation-of-language-models-learning-from-self/index.html";

    @TempDir
    static Path temp;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(DefaultSiteTest.DEFAULT_SITE, temp.resolve("out"));
    }

    @Test
    void everyPageHasLandmarksASkipLinkToItsMainContentAndOneH1() {
        for (String path : site.htmlPages()) {
            if (path.endsWith("email.html")) {
                continue; // the e-mail edition is a message, not a page of the site
            }
            Document page = site.page(path);
            Element skip = page.body().selectFirst("a");
            assertNotNull(skip, path);
            assertEquals("skip-link", skip.className(), path + ": the skip link comes first");
            assertEquals("#main", skip.attr("href"), path);
            assertEquals(1, page.select("main#main").size(), path + ": one main, the skip link's target");
            assertEquals(1, page.select("body > header.site-header").size(), path + ": a banner");
            assertEquals(1, page.select("body > footer.site-footer").size(), path + ": a content info");
            assertEquals(1, page.select("nav.site-nav[aria-label=Main]").size(), path);
            assertEquals(1, page.select("h1").size(), path + ": one h1");
            for (Element img : page.select("img")) {
                assertTrue(img.hasAttr("alt"), path + ": every image has alt text: " + img);
            }
            Element toggle = page.selectFirst("button.theme-toggle");
            assertNotNull(toggle, path + ": the colour scheme toggle");
            assertTrue(toggle.hasAttr("hidden"), path + ": hidden until its script shows it");
            assertEquals("Dark theme", toggle.text(), path);
            assertFalse(page.select("head > script[src$=assets/theme.js]:not([defer])").isEmpty(),
                    path + ": the colour scheme script runs before the first paint");
        }
    }

    @Test
    void breadcrumbsLeadFromHomeToThePageWhichIsMarkedCurrent() {
        assertTrue(site.page("index.html").select("nav.breadcrumbs").isEmpty(), "home needs no breadcrumbs");
        for (String path : List.of(LISTING, SHARED_PAPER, "topics/index.html", "topics/knowledge-distillation/index.html",
                "digests/index.html", "about/index.html", "search/index.html")) {
            Document page = site.page(path);
            Element crumbs = page.selectFirst("main nav.breadcrumbs[aria-label=Breadcrumb] ol");
            assertNotNull(crumbs, path);
            Elements items = crumbs.children();
            assertEquals("Home", items.first().text(), path);
            assertEquals(Optional.of("index.html"), site.resolve(path, items.first().selectFirst("a").attr("href")));
            Element current = items.last().selectFirst("[aria-current=page]");
            assertNotNull(current, path + ": the last crumb is the page");
            assertEquals(page.selectFirst("h1").text(), current.text(), path);
            assertEquals(1, crumbs.select("[aria-current]").size(), path);
        }
        Elements topicCrumbs = site.page("topics/knowledge-distillation/index.html").select("nav.breadcrumbs a");
        assertEquals(List.of("Home", "Topics"), topicCrumbs.eachText());
        Elements paperCrumbs = site.page(SHARED_PAPER).select("nav.breadcrumbs a");
        assertEquals("Deep RL, distillation and LLM reasoning", paperCrumbs.last().text(), "a paper's first listing");
    }

    @Test
    void theNavigationMarksTheCurrentPageAndTheCurrentSection() {
        assertEquals("page", site.page("topics/index.html").select(".site-nav a:contains(Topics)").attr("aria-current"));
        assertEquals("true", site.page("topics/knowledge-distillation/index.html")
                .select(".site-nav a:contains(Topics)").attr("aria-current"), "a topic is in the Topics section");
        assertEquals("page", site.page(LISTING).select(".site-nav a[aria-current]").attr("aria-current"));
        assertEquals(1, site.page(LISTING).select(".site-nav a[aria-current]").size());
    }

    @Test
    void theNavigationNamesAListingByItsNavTitleWithTheFullTitleAsItsTooltip() {
        Element entry = site.page("index.html").selectFirst(".site-nav a[href=" + LISTING + "]");
        assertEquals("Deep RL and reasoning", entry.text());
        assertEquals("Deep RL, distillation and LLM reasoning", entry.attr("title"));
        assertEquals("", site.page("index.html").selectFirst(".site-nav a:contains(Topics)").attr("title"));
    }

    @Test
    void eachPaperLinksToThePapersBeforeAndAfterItInEachOfItsListings() {
        for (String listing : List.of(LISTING, "listings/rlhf-regularized-rl/index.html")) {
            String title = site.page(listing).selectFirst("h1").text();
            List<String> order = site.page(listing).select("ol.cards > li .paper-card__title a").eachAttr("href")
                    .stream().map(href -> site.resolve(listing, href).orElseThrow()).toList();
            assertTrue(order.size() > 10, listing);
            for (int i = 0; i < order.size(); i++) {
                String paper = order.get(i);
                Element pager = pagerOf(paper, title);
                assertEquals("Paper " + (i + 1) + " of " + order.size() + " in " + title,
                        pager.selectFirst(".pager__where").text(), paper);
                Element back = pager.selectFirst(".pager__where a");
                assertEquals(Optional.of(listing + "#" + cardId(paper)), site.resolve(paper, back.attr("href")),
                        "back to the paper's place in the listing");
                Element previous = pager.selectFirst("a[rel=prev]");
                Element next = pager.selectFirst("a[rel=next]");
                if (i == 0) {
                    assertEquals(null, previous, paper + " is first");
                } else {
                    assertEquals(Optional.of(order.get(i - 1)), site.resolve(paper, previous.attr("href")), paper);
                }
                if (i == order.size() - 1) {
                    assertEquals(null, next, paper + " is last");
                } else {
                    assertEquals(Optional.of(order.get(i + 1)), site.resolve(paper, next.attr("href")), paper);
                    assertEquals(site.page(order.get(i + 1)).selectFirst("h1").text(),
                            next.selectFirst(".pager__title").text());
                }
            }
        }
        assertEquals(2, site.page(SHARED_PAPER).select("nav.pager").size(), "a pager per listing of the paper");
    }

    private static Element pagerOf(String paper, String listingTitle) {
        Element pager = site.page(paper).selectFirst("nav.pager[aria-label=\"" + listingTitle
                + ": previous and next paper\"]");
        assertNotNull(pager, paper + " has a pager for " + listingTitle);
        return pager;
    }

    private static String cardId(String paperPath) {
        return "paper-" + paperPath.split("/")[1];
    }

    @Test
    void theTopicFilterWorksWithoutJavaScriptThroughTargetRules() {
        Document page = site.page(LISTING);
        Elements cards = page.select("ol#papers.cards > li");
        Element filter = page.selectFirst("section.topic-filter[data-filter=papers]");
        assertNotNull(filter);
        Elements links = filter.select("a.chip[data-topic]");
        assertEquals("#papers", links.first().attr("href"), "the first choice shows all papers");
        assertEquals("All papers " + cards.size(), links.first().text());
        assertTrue(links.size() > 5, "the listing's topics: " + links.eachText());
        assertFalse(filter.select("details.topic-filter__more a.chip").isEmpty(), "the smaller topics fold away");
        String css = page.select("head style").html();
        List<Integer> counts = new ArrayList<>();
        for (Element link : links.subList(1, links.size())) {
            String topic = link.attr("data-topic");
            assertEquals("#filter-" + topic, link.attr("href"));
            Element note = page.getElementById("filter-" + topic);
            assertNotNull(note, "the link's target");
            assertEquals("filter-note", note.className());
            long filed = cards.stream()
                    .filter(li -> Arrays.asList(li.attr("data-topics").split(" ")).contains(topic)).count();
            int count = Integer.parseInt(link.selectFirst(".chip__count").text());
            assertEquals(filed, count, topic + ": the count is the papers filed there");
            counts.add(count);
            assertTrue(note.text().startsWith("Showing the " + count + " of " + cards.size() + " papers on "),
                    note.text());
            assertTrue(note.text().contains(link.ownText().trim()), note.text());
            assertTrue(css.contains("#filter-" + topic + ":target ~ .cards:not(.is-filtering) > li:not([data-topics~=\""
                    + topic + "\"]) { display: none; }"), "the rule that hides other papers for " + topic);
            assertTrue(note.elementSiblingIndex() < page.getElementById("papers").elementSiblingIndex(),
                    "the note precedes the papers, so that the ~ rule reaches them");
        }
        List<Integer> sorted = new ArrayList<>(counts);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, counts, "most papers first");
        for (Element li : cards) {
            List<String> chips = li.select(".paper-card .chips a").eachText();
            assertEquals(chips.size(), li.attr("data-topics").split(" ").length, "data-topics names the card's topics");
        }
    }

    @Test
    void paperCardsAreTheSameOnListingTopicAndDigestPages() {
        String paper = SHARED_PAPER.split("/")[1];
        List<String> shapes = new ArrayList<>();
        for (String path : List.of(LISTING, "topics/knowledge-distillation/index.html",
                "digests/2026-11-18-on-policy-distillation/index.html")) {
            Element card = site.page(path).getElementById("paper-" + paper);
            assertNotNull(card, path);
            assertEquals("article", card.tagName());
            assertTrue(card.selectFirst(".paper-card__abstract .cut") != null, path + ": the cut abstract's ellipsis");
            assertEquals("\u2026", card.selectFirst(".paper-card__abstract .cut").text());
            shapes.add(card.select(".paper-card__title a").text() + " | "
                    + card.select("ul.chips[aria-label=Topics] a.chip").eachText() + " | "
                    + card.select(".paper-card__listings a").eachText());
        }
        assertEquals(1, shapes.stream().distinct().count(), "title, topic chips and listings alike: " + shapes);
        assertTrue(shapes.get(0).contains("Deep RL, distillation and LLM reasoning, RLHF, regularized RL and distillation"),
                shapes.get(0));
    }

    @Test
    void listingCardsShowTheirPlaceInTheListing() {
        Elements numbers = site.page(LISTING).select("ol#papers > li .paper-card__number");
        assertEquals(site.page(LISTING).select("ol#papers > li").size(), numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(String.valueOf(i + 1), numbers.get(i).text());
            assertEquals("true", numbers.get(i).attr("aria-hidden"), "the ordered list already says so");
        }
    }
}
