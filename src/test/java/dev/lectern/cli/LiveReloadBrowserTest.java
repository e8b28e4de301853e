package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.browser.Browser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** {@code lectern serve} in a real browser: an open page follows the sources without being reloaded by hand. */
class LiveReloadBrowserTest {

    @TempDir
    Path temp;

    @Test
    void anOpenPageReloadsAfterAnEditAndShowsBuildErrorsUntilTheyAreFixed() throws Exception {
        Browser.assumeInstalled();
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("seeds"));
        Files.writeString(site.resolve("seeds/reading.txt"), """
                1 papers on arXiv
                Knowledge distillation trains a small student model to imitate a large teacher model on many tasks...
                """);
        Files.writeString(site.resolve("site.yml"), "title: Before the edit\n");
        try (Preview preview = Preview.start(site, site.resolve("_site"), 0, new PrintWriter(new StringWriter()), true);
             Browser browser = Browser.open(1280, 900)) {
            browser.driver.get(preview.url());
            assertEquals("Before the edit", browser.driver.getTitle());
            browser.js("window.notReloaded = true;");

            Files.writeString(site.resolve("site.yml"), "title: Before the edit\nunknown-key: 1\n");
            browser.waitUpTo(60).until(d -> !d.findElements(By.id("lectern-build-errors")).isEmpty());
            String overlay = browser.driver.findElement(By.id("lectern-build-errors")).getText();
            assertTrue(overlay.contains("unknown key 'unknown-key'"), overlay);
            browser.screenshot("serve-build-error-1280");

            Files.writeString(site.resolve("site.yml"), "title: After the edit\n");
            browser.waitUpTo(60).until(d -> d.getTitle().equals("After the edit"));
            assertEquals(null, browser.js("return window.notReloaded;"), "the page reloaded itself");
            assertTrue(browser.driver.findElements(By.id("lectern-build-errors")).isEmpty());
        }
    }
}
