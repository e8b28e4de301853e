package dev.lectern.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.cli.Main;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core finds no serious or critical accessibility violation on any page type of the default site, in the light
 * and the dark colour scheme, on a desktop and on a phone: contrast, names of links and buttons, landmarks, ARIA,
 * alt text, list structure and the rest of its rules. A failure lists each violation with its rule, impact and the
 * elements at fault.
 */
class AccessibilityBrowserTest {

    static Browser browser;
    static LocalServer server;
    static Axe axe;

    @BeforeAll
    static void open() {
        Browser.assumeInstalled();
        server = LocalServer.serve(DefaultSiteBuild.out(), DefaultSiteBuild.BASE_PATH);
        axe = Axe.load();
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

    @Test
    void noPageTypeHasASeriousOrCriticalViolationInEitherColourScheme() {
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.emulateMedia("", scheme);
            for (String name : DefaultSiteBuild.PAGES.keySet()) {
                problems.addAll(check(name, scheme + ", 1280px"));
            }
        }
        browser.emulateMedia("", "");
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void noPageTypeHasASeriousOrCriticalViolationOnAPhone() {
        List<String> problems = new ArrayList<>();
        browser.emulatePhone(390, 844);
        try {
            for (String name : DefaultSiteBuild.PAGES.keySet()) {
                problems.addAll(check(name, "light, 390px"));
            }
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void aFilteredListingAndTheDarkThemeChosenWithTheToggleHaveNoViolationEither() {
        browser.emulateMedia("", "light");
        browser.driver.get(DefaultSiteBuild.url("listing", server));
        browser.driver.findElement(By.cssSelector(".theme-toggle")).click();
        browser.driver.findElement(By.cssSelector(".topic-filter a.chip[data-topic]:not([data-topic=''])")).click();
        assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme');"));
        Axe.Result result = axe.run(browser);
        browser.js("localStorage.clear();");
        browser.emulateMedia("", "");
        assertEquals(List.of(), result.seriousOrCritical(), String.join("\n", result.seriousOrCritical()));
    }

    @Test
    void aLaterPageOfALargeTopicHasNoViolationEither() {
        // the publishing test site shows two papers a topic page, so its distillation topic has a second page
        Path out = Path.of("target/browser-sites/publish").toAbsolutePath();
        assertEquals(0, Main.run("build", "--quiet", "--site",
                Path.of("src/test/resources/publish-site").toAbsolutePath().toString(), "--out", out.toString()));
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.emulateMedia("", scheme);
            browser.driver.get(out.resolve("topics/knowledge-distillation/page/2/index.html").toUri().toString());
            assertEquals("2", browser.driver.findElement(By.cssSelector(".page-numbers [aria-current=page]")).getText());
            Axe.Result result = axe.run(browser);
            System.out.println("axe-core " + axe.version + ": topic page 2 (" + scheme + "): "
                    + result.seriousOrCritical().size() + " serious or critical; lesser: " + result.lesser());
            result.seriousOrCritical().forEach(v -> problems.add("topic page 2 (" + scheme + "): " + v));
        }
        browser.emulateMedia("", "");
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private static List<String> check(String name, String how) {
        browser.driver.get(DefaultSiteBuild.url(name, server));
        if (name.equals("search")) {
            browser.waitUpTo(20).until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        }
        if (name.equals("paper-math")) {
            browser.waitUpTo(20).until(d -> !d.findElements(By.cssSelector(".math--rendered")).isEmpty());
        }
        Axe.Result result = axe.run(browser);
        System.out.println("axe-core " + axe.version + ": " + name + " (" + how + "): "
                + result.seriousOrCritical().size() + " serious or critical; lesser: " + result.lesser());
        assertTrue(browser.driver.getTitle().length() > 0, name);
        return result.seriousOrCritical().stream().map(v -> name + " (" + how + "): " + v).toList();
    }
}
