package dev.lectern.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.cli.Main;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The built site as a reader meets it from a USB stick: opened from {@code file://} in a real headless Chromium with
 * no server and no network, followed link by link, searched, its math typeset. Screenshots at 1280 and 390 pixels
 * wide go to {@code target/screenshots/}.
 */
class OfflineSiteBrowserTest {

    static final Path SITE = Path.of("src/test/resources/publish-site");
    static final String MATH_PAPER = "the-q-function-is-a-central-quantity-in-many-reinforcement";

    @TempDir
    static Path temp;

    static Path out;
    static Browser browser;

    @BeforeAll
    static void buildAndOpen() {
        Browser.assumeInstalled();
        out = temp.resolve("site").toAbsolutePath();
        assertEquals(0, Main.run("build", "--quiet", "--site", SITE.toString(), "--out", out.toString()));
        browser = Browser.open(1280, 900);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The file URL of a site path, which may end in a query ({@code search/index.html?q=x}). */
    private static String fileUrl(String path) {
        int query = path.indexOf('?');
        String file = query < 0 ? path : path.substring(0, query);
        return out.resolve(file).toUri() + (query < 0 ? "" : path.substring(query));
    }

    private static void open(String path) {
        browser.driver.get(fileUrl(path));
    }

    private static String currentPath() {
        String url = browser.driver.getCurrentUrl();
        String root = out.toUri().toString();
        assertTrue(url.startsWith(root), url + " is inside the site");
        return url.substring(root.length());
    }

    private static void waitForMath() {
        browser.waitUpTo(20).until(d -> !d.findElements(By.cssSelector("span.math.math--rendered .katex")).isEmpty());
        browser.js("return document.fonts.ready.then(function () { return true; });");
    }

    @Test
    void aReaderFollowsLinksFromTheHomePageToAListingAPaperAndATopic() {
        open("index.html");
        assertEquals("Publishing test digest", browser.driver.getTitle());
        browser.screenshot("home-1280");

        browser.driver.findElement(By.cssSelector("nav.site-nav a[href='listings/reading/index.html']")).click();
        assertEquals("listings/reading/index.html", currentPath());
        assertEquals("Reading list", browser.driver.findElement(By.tagName("h1")).getText());
        browser.screenshot("listing-1280");

        WebElement paper = browser.driver.findElement(By.cssSelector(
                "#paper-" + MATH_PAPER + " .paper-card__title a"));
        paper.click();
        assertEquals("papers/" + MATH_PAPER + "/index.html", currentPath());
        waitForMath();
        browser.screenshot("paper-math-1280");

        browser.driver.findElement(By.cssSelector(".topic-reasons a.chip")).click();
        assertTrue(currentPath().matches("topics/[a-z-]+/index.html"), currentPath());
        assertFalse(browser.driver.findElements(By.cssSelector("article.paper-card")).isEmpty());
        browser.screenshot("topic-1280");

        browser.driver.findElement(By.cssSelector("a.site-title")).click();
        assertEquals("index.html", currentPath());
        assertEquals(List.of(), browser.severeConsoleMessages(), "no failed loads or script errors on the way");
    }

    @Test
    void mathIsTypesetByTheSitesOwnKatexWithItsFonts() {
        open("papers/" + MATH_PAPER + "/index.html");
        waitForMath();
        List<WebElement> math = browser.driver.findElements(By.cssSelector(".paper__abstract span.math"));
        assertTrue(math.size() >= 2, "the abstract has two formulas");
        for (WebElement span : math) {
            assertFalse(span.findElements(By.cssSelector(".katex-html")).isEmpty(), span.getText());
            assertFalse(span.getText().contains("\\("), "no TeX delimiters left: " + span.getText());
        }
        assertEquals(Boolean.TRUE, browser.js("return document.fonts.check('16px KaTeX_Main') "
                + "&& document.fonts.check('italic 16px KaTeX_Math');"), "KaTeX's fonts loaded from disk");
        String family = (String) browser.js("return getComputedStyle(document.querySelector("
                + "'.paper__abstract .katex .mathnormal')).fontFamily;");
        assertTrue(family.contains("KaTeX_Math"), family);
        assertEquals(List.of(), browser.severeConsoleMessages());
    }

    @Test
    void aReaderSearchesForAWordAndOpensAResult() {
        open("index.html");
        WebElement box = browser.driver.findElement(By.cssSelector("header input[type=search]"));
        box.sendKeys("verifier");
        box.sendKeys(Keys.ENTER);
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("search/index.html?q=verifier"));
        browser.waitUpTo(20).until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        List<WebElement> results = browser.driver.findElements(By.cssSelector(".search-result"));
        assertTrue(results.size() >= 2, "the word is in several papers");
        assertTrue(results.get(0).findElement(By.cssSelector(".search-result__title")).getText()
                .startsWith("Training {Verifiers}"), "a title match ranks first: " + results.get(0).getText());
        assertTrue(browser.driver.findElement(By.id("search-status")).getText().contains("for \u201cverifier\u201d"));
        List<WebElement> marks = browser.driver.findElements(By.cssSelector(".search-result mark"));
        assertFalse(marks.isEmpty(), "matches are highlighted");
        assertTrue(marks.stream().allMatch(m -> m.getText().equalsIgnoreCase("verifier")), "only the word is marked");
        browser.screenshot("search-1280");

        results.get(0).findElement(By.cssSelector("a")).click();
        assertEquals("papers/training-verifiers-to-solve-math-word-problems-more/index.html", currentPath());
        assertEquals(List.of(), browser.severeConsoleMessages());
    }

    @Test
    void searchIsInstantRanksTitlesFirstAndWorksFromTheKeyboard() {
        open("search/index.html");
        WebElement box = browser.driver.findElement(By.id("search-q"));
        assertEquals(box, browser.driver.switchTo().activeElement(), "the box has focus");
        box.sendKeys("distil");
        browser.waitUpTo(10).until(d -> d.findElements(By.cssSelector(".search-result")).size() >= 3);
        List<WebElement> titles = browser.driver.findElements(By.cssSelector(".search-result__title"));
        assertTrue(titles.get(0).getText().toLowerCase().contains("distil"), "title matches first: " + titles.get(0).getText());
        assertTrue(browser.driver.getCurrentUrl().endsWith("?q=distil"), "the query is in the URL to link or bookmark");
        box.sendKeys(Keys.ARROW_DOWN);
        WebElement first = browser.driver.switchTo().activeElement();
        assertEquals("search-result__link", first.getAttribute("class"));
        first.sendKeys(Keys.ARROW_DOWN);
        WebElement second = browser.driver.switchTo().activeElement();
        String target = second.getAttribute("href");
        assertFalse(target.equals(first.getAttribute("href")));
        second.sendKeys(Keys.ENTER);
        browser.waitUpTo(10).until(ExpectedConditions.urlToBe(target));
        browser.driver.navigate().back();
        browser.waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        assertEquals("distil", browser.driver.findElement(By.id("search-q")).getAttribute("value"),
                "back from a result, the search is still there");
    }

    @Test
    void accentsAndCaseDoNotMatterInSearch() {
        open("search/index.html?q=KRAMAR%20cafe");
        browser.waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        List<WebElement> results = browser.driver.findElements(By.cssSelector(".search-result"));
        assertEquals(1, results.size());
        List<String> marked = results.get(0).findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.contains("Kram\u00e1r") && marked.contains("caf\u00e9"), marked.toString());
    }

    @Test
    void theCopyButtonAppearsWithJavaScriptAndCopiesTheBibtex() {
        open("papers/on-policy-distillation-of-language-models-learning-from-self/index.html");
        WebElement copy = browser.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("button[data-copy=bibtex]")));
        copy.click();
        browser.waitUpTo(5).until(d -> !copy.getText().equals("Copy BibTeX"));
        assertTrue(List.of("Copied", "Press Ctrl+C to copy").contains(copy.getText()), copy.getText());
    }

    @Test
    void phonesGetTheSamePagesLaidOutForANarrowScreen() {
        try (Browser phone = Browser.open(390, 844)) {
            phone.emulatePhone(390, 844);
            for (String[] page : new String[][] {{"index.html", "home"}, {"listings/reading/index.html", "listing"},
                    {"papers/" + MATH_PAPER + "/index.html", "paper-math"}, {"search/index.html?q=value", "search"}}) {
                phone.driver.get(fileUrl(page[0]));
                if (page[1].equals("paper-math")) {
                    phone.waitUpTo(20).until(d -> !d.findElements(By.cssSelector(".math--rendered .katex")).isEmpty());
                }
                if (page[1].equals("search")) {
                    phone.waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
                }
                long overflow = (Long) phone.js("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, page[0] + " scrolls sideways by " + overflow + "px at 390px");
                phone.screenshot(page[1] + "-390");
            }
        }
    }
}
