package dev.lectern.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The default theme in a real Chromium, on the repository's own site: every page type at 1280 and 390 pixels wide
 * (full-page screenshots in {@code target/screenshots/theme-*.png}, for a person to look at), nothing wider than a
 * 360-pixel phone, the colour scheme from the system and from the toggle, remembered across pages, the print
 * stylesheet, the topic filter with and without JavaScript, and the skip link.
 */
class ThemeBrowserTest {

    static final String LIGHT_BACKGROUND = "rgb(247, 247, 245)";
    static final String DARK_BACKGROUND = "rgb(18, 20, 23)";

    static Browser browser;
    static LocalServer server;

    @BeforeAll
    static void open() {
        Browser.assumeInstalled();
        server = LocalServer.serve(DefaultSiteBuild.out(), DefaultSiteBuild.BASE_PATH);
        browser = Browser.open(1280, 900);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void show(Browser in, String name) {
        in.driver.get(DefaultSiteBuild.url(name, server));
        if (name.equals("search")) {
            in.waitUpTo(20).until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        }
        if (name.equals("paper-math")) {
            in.waitUpTo(20).until(d -> !d.findElements(By.cssSelector(".math--rendered .katex")).isEmpty());
        }
        in.js("return document.fonts.ready.then(function () { return true; });");
    }

    private static long overflow(Browser in) {
        return ((Number) in.js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }

    private static String css(Browser in, String selector, String property) {
        return (String) in.js("var e = document.querySelector(arguments[0]);"
                + "return e ? getComputedStyle(e).getPropertyValue(arguments[1]) : 'missing';", selector, property);
    }

    @Test
    void everyPageTypeIsScreenshotAtDesktopAndPhoneWidthsWithoutSidewaysScrolling() {
        List<String> problems = new ArrayList<>();
        for (String name : DefaultSiteBuild.PAGES.keySet()) {
            show(browser, name);
            assertEquals(LIGHT_BACKGROUND, css(browser, "body", "background-color"), name + ": the stylesheet loaded");
            browser.fullPageScreenshot("theme-" + name + "-1280");
            if (overflow(browser) > 0) {
                problems.add(name + " scrolls sideways at 1280px by " + overflow(browser) + "px");
            }
        }
        try (Browser phone = Browser.open(390, 844)) {
            for (int width : new int[] {390, 360}) {
                phone.emulatePhone(width, 800);
                for (String name : DefaultSiteBuild.PAGES.keySet()) {
                    show(phone, name);
                    if (width == 390) {
                        phone.fullPageScreenshot("theme-" + name + "-390");
                    }
                    if (overflow(phone) > 0) {
                        problems.add(name + " scrolls sideways at " + width + "px by " + overflow(phone) + "px");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void onAPhoneTheNavigationIsOneLineThatScrollsAndShowsTheCurrentSection() {
        try (Browser phone = Browser.open(390, 844)) {
            phone.emulatePhone(390, 844);
            show(phone, "listing");
            @SuppressWarnings("unchecked")
            Map<String, Object> nav = (Map<String, Object>) phone.js("""
                    var ul = document.querySelector('.site-nav ul');
                    var links = ul.querySelectorAll('a');
                    var current = ul.querySelector('a[aria-current]').getBoundingClientRect();
                    var box = ul.getBoundingClientRect();
                    return { height: box.height, link: links[0].getBoundingClientRect().height,
                             tops: Array.prototype.map.call(links, function (a) {
                               return Math.round(a.getBoundingClientRect().top); }),
                             scrolls: ul.scrollWidth > ul.clientWidth,
                             currentLeft: current.left - box.left, currentRight: box.right - current.left };
                    """);
            List<?> tops = (List<?>) nav.get("tops");
            assertEquals(1, tops.stream().distinct().count(), "every link on one line: " + nav);
            assertTrue(((Number) nav.get("height")).doubleValue() < 2 * ((Number) nav.get("link")).doubleValue());
            assertEquals(Boolean.TRUE, nav.get("scrolls"), "the default site's long listing titles overflow it");
            assertTrue(((Number) nav.get("currentLeft")).doubleValue() >= 0
                    && ((Number) nav.get("currentRight")).doubleValue() > 40, "the current section is in view: " + nav);
        }
    }

    @Test
    void onADesktopTheNavigationIsOneRowWithShortLabelsForTheListings() {
        List<String> problems = new ArrayList<>();
        for (String name : List.of("home", "listing", "paper", "topics", "digest", "page")) {
            show(browser, name);
            @SuppressWarnings("unchecked")
            Map<String, Object> nav = (Map<String, Object>) browser.js("""
                    var ul = document.querySelector('.site-nav ul');
                    var links = ul.querySelectorAll('a');
                    return { height: ul.getBoundingClientRect().height, link: links[0].getBoundingClientRect().height,
                             tops: Array.prototype.map.call(links, function (a) {
                               return Math.round(a.getBoundingClientRect().top); }),
                             texts: Array.prototype.map.call(links, function (a) { return a.textContent; }) };
                    """);
            if (((List<?>) nav.get("tops")).stream().distinct().count() != 1
                    || ((Number) nav.get("height")).doubleValue() >= 2 * ((Number) nav.get("link")).doubleValue()) {
                problems.add(name + ": the navigation takes more than one row at 1280px: " + nav);
            }
        }
        assertEquals(List.of(), problems);
        WebElement listing = browser.driver.findElement(By.cssSelector(
                ".site-nav a[href$='listings/rl-reasoning-distillation/index.html']"));
        assertEquals("Deep RL and reasoning", listing.getText(), "site.yml's nav-title");
        assertEquals("Deep RL, distillation and LLM reasoning", listing.getAttribute("title"), "the full title");
    }

    @Test
    void noTwoLabelsOfTheTopicMapOverlapEachOtherOrACircleAsChromiumDrawsThem() {
        List<String> problems = new ArrayList<>();
        try (Browser phone = Browser.open(390, 844)) {
            phone.emulatePhone(390, 844);
            for (Browser in : List.of(browser, phone)) {
                show(in, "topics");
                @SuppressWarnings("unchecked")
                List<String> overlaps = (List<String>) in.js("""
                        var texts = document.querySelectorAll('.topic-map text');
                        var circles = document.querySelectorAll('.topic-map circle');
                        // each label with its halo (the CSS's 3px stroke under the text, scaled as the map is) and
                        // 1.5px more, so that two labels, or a label and a circle, are at least 3px apart: closer,
                        // two labels read as one
                        var svg = document.querySelector('.topic-map');
                        var halo = 1.5 * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width + 1.5;
                        var boxes = Array.prototype.map.call(texts, function (t) {
                          var b = t.getBoundingClientRect();
                          return { left: b.left - halo, right: b.right + halo, top: b.top - halo, bottom: b.bottom + halo };
                        });
                        var rings = Array.prototype.map.call(circles, function (c) { return c.getBoundingClientRect(); });
                        function meet(a, b) {
                          return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                        }
                        var found = [];
                        for (var i = 0; i < boxes.length; i++) {
                          for (var j = 0; j < boxes.length; j++) {
                            if (j > i && meet(boxes[i], boxes[j])) {
                              found.push('"' + texts[i].textContent + '" and "' + texts[j].textContent + '"');
                            }
                            if (j !== i && meet(boxes[i], rings[j])) {
                              found.push('"' + texts[i].textContent + '" and the circle of "' + texts[j].textContent + '"');
                            }
                          }
                        }
                        return texts.length > 10 ? found : ['only ' + texts.length + ' labels'];
                        """);
                String width = in == browser ? "1280px" : "390px";
                overlaps.forEach(o -> problems.add(width + ": " + o));
            }
        }
        assertEquals(List.of(), problems, "labels that overlap on the topic map");
    }

    @Test
    void theColourSchemeFollowsTheSystemAndTheTogglesChoiceIsRememberedAcrossPages() {
        browser.emulateMedia("", "dark");
        show(browser, "home");
        browser.js("localStorage.clear();");
        show(browser, "home");
        WebElement toggle = browser.driver.findElement(By.cssSelector(".theme-toggle"));
        assertTrue(toggle.isDisplayed(), "the script shows the toggle");
        assertEquals(DARK_BACKGROUND, css(browser, "body", "background-color"), "dark, as the system is");
        assertEquals("true", toggle.getAttribute("aria-pressed"));

        browser.emulateMedia("", "light");
        assertEquals(LIGHT_BACKGROUND, css(browser, "body", "background-color"), "light, as the system now is");
        browser.waitUpTo(5).until(d -> "false".equals(toggle.getAttribute("aria-pressed")));

        toggle.click();
        assertEquals(DARK_BACKGROUND, css(browser, "body", "background-color"), "the reader chose dark");
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertEquals("dark", browser.js("return localStorage.getItem('lectern-theme');"));
        show(browser, "paper");
        assertEquals(DARK_BACKGROUND, css(browser, "body", "background-color"), "the choice holds on the next page");
        assertEquals("true", browser.driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed"));
        assertNotEquals(css(browser, ".paper-card", "background-color"), "rgb(255, 255, 255)", "cards are dark too");

        browser.driver.findElement(By.cssSelector(".theme-toggle")).click();
        assertEquals(LIGHT_BACKGROUND, css(browser, "body", "background-color"));
        assertEquals(null, browser.js("return localStorage.getItem('lectern-theme');"),
                "choosing the system's own scheme forgets the choice, so the page follows the system again");

        browser.emulateMedia("", "dark");
        show(browser, "listing");
        browser.driver.findElement(By.cssSelector(".theme-toggle")).click();
        assertEquals("light", browser.js("return localStorage.getItem('lectern-theme');"));
        show(browser, "topic");
        assertEquals(LIGHT_BACKGROUND, css(browser, "body", "background-color"), "light kept on a dark system");
        browser.fullPageScreenshot("theme-topic-light-on-dark-system");
        browser.js("localStorage.clear();");
        show(browser, "digest");
        browser.fullPageScreenshot("theme-digest-dark-1280");
        browser.emulateMedia("", "");
    }

    @Test
    void withoutJavaScriptThePageFollowsTheSystemAndHidesTheToggle() {
        browser.emulateMedia("", "dark");
        browser.disableScripts(true);
        try {
            show(browser, "listing");
            assertEquals(DARK_BACKGROUND, css(browser, "body", "background-color"));
            assertEquals("none", css(browser, ".theme-toggle", "display"));
        } finally {
            browser.disableScripts(false);
            browser.emulateMedia("", "");
        }
    }

    @Test
    void printingADigestLeavesOutTheSiteChromeAndKeepsTheMeeting() {
        show(browser, "digest");
        browser.emulateMedia("print", "dark");
        try {
            for (String chrome : List.of(".skip-link", ".site-nav", ".site-search", ".theme-toggle", ".breadcrumbs",
                    ".digest__pager", ".digest__editions", ".footer-links")) {
                assertEquals("none", css(browser, chrome, "display"), chrome + " is not printed");
            }
            for (String content : List.of("h1", ".digest__facts", ".paper-card", ".agenda__discussion", ".prose")) {
                assertNotEquals("none", css(browser, content, "display"), content + " is printed");
            }
            assertEquals("rgb(255, 255, 255)", css(browser, "body", "background-color"), "white paper, dark system");
            assertEquals("rgb(0, 0, 0)", css(browser, "h1", "color"));
            assertEquals("none", css(browser, ".paper-card", "box-shadow"));
            assertEquals("rgb(255, 255, 255)", css(browser, ".paper-card", "background-color"), "no dark cards");
            assertEquals("rgb(51, 51, 51)", css(browser, ".digest__facts dt", "color"), "dark grey on white");
            browser.fullPageScreenshot("theme-digest-print");
        } finally {
            browser.emulateMedia("", "");
        }
        show(browser, "listing");
        browser.emulateMedia("print", "");
        try {
            assertEquals("none", css(browser, ".topic-filter", "display"), "the filter is not printed");
        } finally {
            browser.emulateMedia("", "");
        }
    }

    @Test
    void theTopicFilterFiltersInPlaceWithJavaScript() {
        show(browser, "listing");
        int all = browser.driver.findElements(By.cssSelector("#papers > li")).size();
        WebElement chip = browser.driver.findElements(By.cssSelector(".topic-filter a.chip[data-topic]")).get(3);
        String topic = chip.getAttribute("data-topic");
        int count = Integer.parseInt(chip.findElement(By.cssSelector(".chip__count")).getText());
        browser.js("arguments[0].scrollIntoView({ block: 'center' });", chip);
        Object before = browser.js("return Math.round(window.scrollY);");
        chip.click();
        assertEquals(count, visibleCards(), "only the papers on " + topic);
        assertTrue(browser.driver.getCurrentUrl().endsWith("#filter-" + topic), "the filter is in the address");
        assertEquals(before, browser.js("return Math.round(window.scrollY);"), "no jump to the note");
        assertEquals("true", chip.getAttribute("aria-current"));
        String status = browser.driver.findElement(By.cssSelector(".filter-status")).getText();
        assertTrue(status.startsWith("Showing " + count + " of " + all + " papers on "), status);
        for (WebElement card : browser.driver.findElements(By.cssSelector("#papers > li"))) {
            if (card.isDisplayed()) {
                assertTrue((" " + card.getAttribute("data-topics") + " ").contains(" " + topic + " "));
            }
        }
        browser.fullPageScreenshot("theme-listing-filtered-1280");

        chip.click();
        assertEquals(all, visibleCards(), "a second click shows every paper again");
        assertFalse(browser.driver.getCurrentUrl().contains("#filter-"));

        WebElement more = browser.driver.findElement(By.cssSelector(".topic-filter__more summary"));
        more.click();
        WebElement small = browser.driver.findElement(By.cssSelector(".topic-filter__more a.chip"));
        small.click();
        assertEquals(Integer.parseInt(small.findElement(By.cssSelector(".chip__count")).getText()), visibleCards());
        browser.driver.findElement(By.cssSelector(".topic-filter a.chip--all")).click();
        assertEquals(all, visibleCards());

        browser.driver.get(DefaultSiteBuild.url("listing", server) + "#filter-" + topic);
        assertEquals(count, visibleCards(), "a link to a filtered listing opens filtered");
    }

    @Test
    void theTopicFilterWorksWithoutJavaScript() {
        browser.disableScripts(true);
        try {
            show(browser, "listing");
            int all = visibleCards();
            WebElement chip = browser.driver.findElements(By.cssSelector(".topic-filter a.chip[data-topic]")).get(2);
            int count = Integer.parseInt(chip.findElement(By.cssSelector(".chip__count")).getText());
            String topic = chip.getAttribute("data-topic");
            chip.click();
            assertTrue(browser.driver.getCurrentUrl().endsWith("#filter-" + topic));
            assertEquals(count, visibleCards(), "the :target rules hide the other papers");
            WebElement note = browser.driver.findElement(By.id("filter-" + topic));
            assertTrue(note.isDisplayed(), "the note says what is shown");
            browser.fullPageScreenshot("theme-listing-filtered-nojs-1280");
            note.findElement(By.cssSelector("a[href='#papers']")).click();
            assertEquals(all, visibleCards(), "show all");
            assertFalse(note.isDisplayed());
        } finally {
            browser.disableScripts(false);
        }
    }

    @Test
    void searchResultsShowPapersAsTheirCardsDo() {
        show(browser, "search");
        WebElement result = browser.driver.findElement(By.cssSelector(".search-result--paper"));
        List<WebElement> chips = result.findElements(By.cssSelector(".paper-card__meta ul.chips a.chip"));
        assertFalse(chips.isEmpty(), "topics as chips");
        assertTrue(result.findElement(By.cssSelector(".search-result__snippet")).getText().endsWith("\u2026"),
                "the cut abstract ends in an ellipsis");
        WebElement listing = result.findElement(By.cssSelector(".paper-card__listings a"));
        assertTrue(listing.getAttribute("href").matches(".*/listings/[a-z0-9-]+/index\\.html#paper-[a-z0-9-]+"),
                listing.getAttribute("href"));
        String topic = chips.get(0).getText();
        chips.get(0).click();
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().matches(".*/topics/[a-z0-9-]+/index\\.html"));
        assertEquals(topic, browser.driver.findElement(By.tagName("h1")).getText(), "the chip opens its topic");
    }

    private static int visibleCards() {
        return ((Number) browser.js("return Array.prototype.filter.call(document.querySelectorAll('#papers > li'),"
                + " function (li) { return li.getClientRects().length > 0; }).length;")).intValue();
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndFocusIsVisible() {
        show(browser, "paper");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver.switchTo().activeElement();
        assertEquals("skip-link", skip.getAttribute("class"));
        assertTrue(skip.isDisplayed() && skip.getRect().getY() >= 0, "it shows when focused");
        assertNotEquals("none", css(browser, ".skip-link:focus", "outline-style"), "with a visible outline");
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver.switchTo().activeElement().getTagName(), "focus moves to the content");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement next = browser.driver.switchTo().activeElement();
        assertTrue(next.getAttribute("href") != null, "then into the page's links: " + next.getTagName());
        assertEquals("solid", (String) browser.js("return getComputedStyle(document.activeElement).outlineStyle;"),
                "a focused link has an outline");
        assertEquals("3px", (String) browser.js("return getComputedStyle(document.activeElement).outlineWidth;"));
    }
}
