package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site folders other than the default one: the least a site needs, template overrides, hostile text. */
class SiteFolderTest {

    @TempDir
    Path temp;

    private Path site(String listing) throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("seeds"));
        Files.writeString(site.resolve("seeds/solar-physics.txt"), listing, StandardCharsets.UTF_8);
        return site;
    }

    private static final String PHYSICS = """
            3 papers on arXiv
            We present high-cadence observations of coronal rain in an active region loop system, obtained with the Solar Orbiter Extreme Ultraviolet Imager. The condensations...
            The solar wind is a continuous outflow of magnetized plasma from the corona of the Sun; its acceleration mechanism remains debated. Using Parker Solar Probe data...
            Sunspot penumbrae host Evershed flows whose driving mechanism is connected to magnetoconvection. We analyze spectropolarimetric data of...
            """;

    @Test
    void aFolderWithOnlySeedsBuildsWithTheBuiltInTheme() throws IOException {
        Path site = site(PHYSICS);
        BuiltSite built = BuiltSite.build(site, temp.resolve("out"));
        assertTrue(built.exists("index.html"));
        assertTrue(built.exists("assets/lectern.css"), "the built-in theme's stylesheet is copied");
        assertTrue(built.exists("listings/solar-physics/index.html"), "the listing is named after its file");
        Document listing = built.page("listings/solar-physics/index.html");
        assertEquals(3, listing.select("main a[href^=../../papers/]").stream()
                .map(a -> a.attr("href")).distinct().count());
        assertTrue(listing.select("h1").text().contains("Solar physics"), listing.select("h1").text());
        assertFalse(Files.exists(site.resolve("_site")), "--out was given, so nothing is written into the site");
    }

    @Test
    void aLongListingTitleWithoutANavTitleIsCutInTheNavigationBar() throws IOException {
        Path site = site(PHYSICS);
        Files.writeString(site.resolve("site.yml"), """
                title: Solar
                listings:
                  - file: solar-physics.txt
                    title: "Coronal rain, solar wind and sunspot penumbrae"
                """);
        Document home = BuiltSite.build(site, temp.resolve("out")).page("index.html");
        org.jsoup.nodes.Element entry = home.selectFirst(".site-nav a[href=listings/solar-physics/index.html]");
        assertEquals("Coronal rain, solar wind\u2026", entry.text());
        assertEquals("Coronal rain, solar wind and sunspot penumbrae", entry.attr("title"));
    }

    @Test
    void theDefaultOutputFolderIsSiteSlashSite() throws IOException {
        Path site = site(PHYSICS);
        BuiltSite.Result result = BuiltSite.run("build", "--site", site.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(Files.exists(site.resolve("_site/index.html")));
    }

    @Test
    void aSiteCanOverrideOneTemplateAndKeepTheRest() throws IOException {
        Path site = site(PHYSICS);
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/topics.ftlh"), """
                <#import "base.ftlh" as layout>
                <@layout.page chrome=chrome><h1>Our own topics page</h1>
                <#list topics as t><p class="mine"><a href="${t.link.href}">${t.link.text}</a></p></#list>
                </@layout.page>
                """);
        BuiltSite built = BuiltSite.build(site, temp.resolve("out"));
        Document topics = built.page("topics/index.html");
        assertEquals("Our own topics page", topics.select("h1").text());
        assertFalse(topics.select("p.mine").isEmpty());
        assertFalse(topics.select("link[rel=stylesheet]").isEmpty(), "the built-in layout still wraps it");
        assertTrue(built.page("index.html").select("h1").size() == 1, "other pages keep the built-in templates");
    }

    @Test
    void aBrokenTemplateNamesItsFileAndLineAndLeavesThePreviousSite() throws IOException {
        Path site = site(PHYSICS);
        Path out = temp.resolve("out");
        BuiltSite.build(site, out);
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/index.ftlh"), "<h1>\n${chrome.title\n");
        Files.writeString(site.resolve("seeds/solar-physics.txt"), PHYSICS.replace("coronal rain", "coronal drizzle"));
        BuiltSite.Result result = BuiltSite.run("build", "--site", site.toString(), "--out", out.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("templates/index.ftlh:"), result.stderr());
        assertFalse(result.stderr().contains("\tat "), "no stack trace: " + result.stderr());
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(out.resolve("index.html")), "the previous site is kept");
    }

    @Test
    void listingTextIsDataNeverMarkupOrTemplateCode() throws IOException {
        Path site = site("""
                2 papers on arXiv
                We study <script>alert('x')</script> injection and <img src=x onerror=alert(1)> handlers in abstracts of papers about security...
                Templates such as ${7*7} and <#if true>yes</#if> must print as written in the abstracts of papers...
                """);
        BuiltSite built = BuiltSite.build(site, temp.resolve("out"));
        for (String page : built.htmlPages()) {
            Document doc = built.page(page);
            // the only scripts are the theme's own files and JSON-LD data, which holds no markup
            assertTrue(doc.select("script:not([src]):not([type=application/ld+json])").isEmpty(),
                    page + " has no inline script");
            assertTrue(doc.select("script[src]").stream()
                            .allMatch(s -> s.attr("src").matches("(\\.\\./)*assets/[\\w-]+\\.js|/assets/[\\w-]+\\.js")),
                    page + " loads only the theme's scripts");
            assertTrue(doc.select("script[type=application/ld+json]").stream().noneMatch(s -> s.data().contains("<")),
                    page + " has no markup in its JSON-LD");
            assertTrue(doc.select("img[onerror]").isEmpty(), page + " has no event handler from the listing");
            assertFalse(doc.text().contains("49"), page + " did not evaluate ${7*7}");
        }
        String listing = built.page("listings/solar-physics/index.html").select("main").text();
        assertTrue(listing.contains("<script>alert('x')</script>"), "the text is shown as written");
        assertTrue(listing.contains("${7*7}"), listing);
    }

    @Test
    void aHeaderCountThatDisagreesIsAWarningWithFileAndLine() throws IOException {
        Path site = site(PHYSICS.replace("3 papers", "5 papers"));
        BuiltSite built = BuiltSite.build(site, temp.resolve("out"));
        assertTrue(built.stderr.contains("solar-physics.txt:1: warning: header announces 5 papers but the file has 3"),
                built.stderr);
    }

    @Test
    void anUnknownKeyInSiteYmlFailsTheBuildWithItsLine() throws IOException {
        Path site = site(PHYSICS);
        Files.writeString(site.resolve("site.yml"), "title: Solar\ntitel: typo\n");
        BuiltSite.Result result = BuiltSite.run("build", "--site", site.toString(), "--out",
                temp.resolve("out").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("site.yml:2:"), result.stderr());
        assertTrue(result.stderr().contains("unknown key 'titel'"), result.stderr());
        assertFalse(Files.exists(temp.resolve("out/index.html")), "nothing is written");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, BuiltSite.run("build", "--no-such-option").exitCode());
    }

    @Test
    void theOutputFolderMayNotBeTheSiteItself() throws IOException {
        Path site = site(PHYSICS);
        BuiltSite.Result result = BuiltSite.run("build", "--site", site.toString(), "--out", site.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("would contain the site folder"), result.stderr());
    }
}
