package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilding into the same output folder: pages whose view did not change are neither rendered nor rewritten, and
 * what comes out is byte for byte what a first build of the same sources makes.
 */
class IncrementalBuildTest {

    private static final Pattern KEPT = Pattern.compile("(\\d+) pages kept from the last build");

    private static final String LISTING = """
            4 papers on arXiv
            We present high-cadence observations of coronal rain in an active region loop system, obtained with the Solar Orbiter Extreme Ultraviolet Imager...
            The solar wind is a continuous outflow of magnetized plasma from the corona of the Sun; its acceleration mechanism remains debated...
            Sunspot penumbrae host Evershed flows whose driving mechanism is connected to magnetoconvection. We analyze spectropolarimetric data...
            Coronal mass ejections drive geomagnetic storms; we forecast their arrival time at Earth with an ensemble of magnetohydrodynamic runs...
            """;

    private static final String NOTE = """
            ---
            match: "We present high-cadence observations"
            title: "Coronal rain seen by Solar Orbiter"
            ---
            The loops drain in **minutes**, not hours.
            """;

    @TempDir
    Path temp;

    private Path site;
    private Path out;

    @BeforeEach
    void aSite() throws IOException {
        site = temp.resolve("site");
        out = temp.resolve("out");
        Files.createDirectories(site.resolve("seeds"));
        Files.createDirectories(site.resolve("content/papers"));
        Files.writeString(site.resolve("seeds/sun.txt"), LISTING);
        Files.writeString(site.resolve("content/papers/rain.md"), NOTE);
    }

    @Test
    void aRebuildOfUnchangedSourcesRendersNoPageAndTouchesNoFile() throws IOException {
        BuiltSite first = BuiltSite.build(site, out);
        assertEquals(-1, kept(first.stderr), "a first build renders every page: " + first.stderr);
        Map<String, String> before = OutputFolderTest.snapshot(out);
        BuiltSite second = BuiltSite.build(site, out);
        assertEquals(first.htmlPages().size(), kept(second.stderr), second.stderr);
        assertEquals(before, OutputFolderTest.snapshot(out), "no file was rewritten");
    }

    @Test
    void aChangedNoteRendersItsPaperPageAndTheRebuildEqualsAFirstBuild() throws IOException {
        BuiltSite first = BuiltSite.build(site, out);
        String paper = pageWith(first, "Coronal rain seen by Solar Orbiter");
        Map<String, String> before = OutputFolderTest.snapshot(out);

        Files.writeString(site.resolve("content/papers/rain.md"), NOTE.replace("**minutes**", "**seconds**"));
        BuiltSite second = BuiltSite.build(site, out);

        assertEquals(first.htmlPages().size() - 1, kept(second.stderr), "only the paper's page is rendered: "
                + second.stderr);
        assertTrue(Files.readString(out.resolve(paper)).contains("<strong>seconds</strong>"));
        Map<String, String> after = OutputFolderTest.snapshot(out);
        Set<String> changed = new HashSet<>();
        before.forEach((path, state) -> {
            if (!state.equals(after.get(path))) {
                changed.add(path.replace('\\', '/'));
            }
        });
        assertTrue(changed.contains(paper), changed.toString());
        assertTrue(changed.stream().allMatch(p -> p.equals(paper) || !p.endsWith(".html")),
                "no other page is rewritten: " + changed);
        assertEquals(contents(BuiltSite.build(site, temp.resolve("fresh")).root), contents(out),
                "the rebuilt site is the site a first build makes");
    }

    @Test
    void anEditedAbstractGivesTheSiteAFirstBuildGives() throws IOException {
        BuiltSite.build(site, out);
        assertTrue(Files.isRegularFile(out.resolve(".lectern/model.bin")));
        Files.writeString(site.resolve("seeds/sun.txt"), LISTING.replace("geomagnetic storms", "coronal rain storms"));
        BuiltSite.build(site, out);
        assertEquals(contents(BuiltSite.build(site, temp.resolve("fresh")).root), contents(out));
    }

    @Test
    void aNewTopicInSiteYmlGivesTheSiteAFirstBuildGives() throws IOException {
        Files.writeString(site.resolve("site.yml"), "title: The Sun\n");
        BuiltSite.build(site, out);
        Files.writeString(site.resolve("site.yml"), """
                title: The Sun
                topics:
                  - name: Solar wind
                    phrases: [solar wind, magnetized plasma]
                """);
        BuiltSite rebuilt = BuiltSite.build(site, out);
        assertTrue(rebuilt.htmlPages().contains("topics/solar-wind/index.html"), rebuilt.htmlPages().toString());
        assertEquals(contents(BuiltSite.build(site, temp.resolve("fresh")).root), contents(out));
    }

    @Test
    void aPageChangedOrRemovedByHandIsWrittenAgain() throws IOException {
        BuiltSite first = BuiltSite.build(site, out);
        Map<String, String> built = contents(out);
        String paper = pageWith(first, "Coronal rain seen by Solar Orbiter");
        Files.writeString(out.resolve(paper), "edited by hand");
        Files.delete(out.resolve("index.html"));
        // files made from the model that are not pages are kept the same way
        Files.writeString(out.resolve("assets/search-index.js"), "window.x = [];");
        Files.delete(out.resolve("papers.bib"));
        BuiltSite second = BuiltSite.build(site, out);
        assertEquals(first.htmlPages().size() - 2, kept(second.stderr), second.stderr);
        assertEquals(built, contents(out));
    }

    @Test
    void changedTemplatesRenderEveryPageThatUsesThem() throws IOException {
        BuiltSite first = BuiltSite.build(site, out);
        Files.createDirectories(site.resolve("templates"));
        String builtIn;
        try (InputStream in = getClass().getResourceAsStream("/lectern-theme/paper.ftlh")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(site.resolve("templates/paper.ftlh"), builtIn.replace("</article>",
                "<p class=\"house-style\">Printed in our lab</p>\n</article>"));
        BuiltSite second = BuiltSite.build(site, out);
        assertEquals(-1, kept(second.stderr), "other templates: no page is kept: " + second.stderr);
        List<String> papers = second.htmlPages().stream().filter(p -> p.startsWith("papers/")).toList();
        assertEquals(4, papers.size(), papers.toString());
        for (String page : papers) {
            assertTrue(Files.readString(out.resolve(page)).contains("Printed in our lab"), page);
        }
        assertEquals(first.htmlPages().size(), kept(BuiltSite.build(site, out).stderr), "and then they are kept");
    }

    @Test
    void aDamagedCacheOrRenderAllRendersEveryPageAndChangesNoBytes() throws IOException {
        BuiltSite.build(site, out);
        Map<String, String> built = contents(out);
        Path cache = out.resolve(".lectern/pages.bin");
        assertTrue(Files.isRegularFile(cache));
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        BuiltSite damaged = BuiltSite.build(site, out);
        assertEquals(-1, kept(damaged.stderr), damaged.stderr);
        assertTrue(damaged.stderr.contains("(0 changed"), damaged.stderr);

        BuiltSite.Result all = BuiltSite.run("build", "--render-all", "--site", site.toString(), "--out",
                out.toString());
        assertEquals(0, all.exitCode(), all.stderr());
        assertEquals(-1, kept(all.stderr()), all.stderr());
        assertTrue(all.stderr().contains("(0 changed"), all.stderr());
        assertEquals(built, contents(out));
    }

    @Test
    void aBrokenLinkOnAKeptPageIsStillFound() throws IOException {
        BuiltSite first = BuiltSite.build(site, out);
        String paper = pageWith(first, "Coronal rain seen by Solar Orbiter");
        buildWithReadingPage("Start with [the notes on coronal rain](../" + paper + "#notes-heading).");

        // the notes go, and with them the heading the reading page links to; the reading page itself is the same
        Files.writeString(site.resolve("content/papers/rain.md"), NOTE.replace("The loops drain in **minutes**, not hours.\n", ""));
        BuiltSite.Result broken = BuiltSite.run("build", "--site", site.toString(), "--out", out.toString());
        assertEquals(1, broken.exitCode(), broken.stderr());
        assertTrue(broken.stderr().contains(out.resolve("reading/index.html") + ":"), broken.stderr());
        assertTrue(broken.stderr().contains("no element with id 'notes-heading'"), broken.stderr());
        assertFalse(broken.stderr().contains("\tat "), broken.stderr());
    }

    @Test
    void aLinkOfAKeptPageToAPaperThatIsGoneIsFound() throws IOException {
        BuiltSite first = BuiltSite.build(site, out);
        String paper = paperPageMentioning(first, "geomagnetic storms");
        buildWithReadingPage("Then [the storm forecasts](../" + paper + ").");

        // the paper's line goes from the listing: kept or rendered again, the reading page's link leads nowhere
        String storms = LISTING.lines().filter(l -> l.contains("geomagnetic storms")).findFirst().orElseThrow();
        Files.writeString(site.resolve("seeds/sun.txt"),
                LISTING.replace(storms + "\n", "").replace("4 papers on arXiv", "3 papers on arXiv"));
        BuiltSite.Result broken = BuiltSite.run("build", "--site", site.toString(), "--out", out.toString());
        assertEquals(1, broken.exitCode(), broken.stderr());
        assertTrue(broken.stderr().contains(out.resolve("reading/index.html") + ":"), broken.stderr());
        assertTrue(broken.stderr().contains("no file " + paper + " in the site"), broken.stderr());
        assertTrue(Files.isRegularFile(out.resolve(paper)), "the site in the folder is the one before");
    }

    @Test
    void aRebuildThatChangesFewPagesWritesOnlyThemToTheCacheAndTheNextBuildStillKeepsEveryPage() throws IOException {
        // 120 papers: one changed note is a small part of the site, so the cache keeps its file and adds a delta
        StringBuilder listing = new StringBuilder("120 papers on arXiv\n");
        String[] fields = {"coronal loops", "solar wind", "sunspot penumbrae", "mass ejections", "flare ribbons"};
        for (int i = 0; i < 120; i++) {
            listing.append("Survey ").append(i).append(" of ").append(fields[i % fields.length])
                    .append(" measures plasma heating in sample ").append(i * 7)
                    .append(" with a new spectrograph...\n");
        }
        Files.writeString(site.resolve("seeds/sun.txt"), listing);
        Files.writeString(site.resolve("content/papers/rain.md"), NOTE.replace("We present high-cadence observations",
                "Survey 3 of mass ejections measures"));
        BuiltSite first = BuiltSite.build(site, out);
        Path cache = out.resolve(".lectern/pages.bin");
        Path delta = out.resolve(".lectern/pages-delta.bin");
        byte[] whole = Files.readAllBytes(cache);
        assertFalse(Files.exists(delta), "a first build writes the whole cache");
        Path model = out.resolve(".lectern/model.bin");
        var modelWritten = Files.getLastModifiedTime(model);

        Files.writeString(site.resolve("content/papers/rain.md"), Files.readString(site.resolve(
                "content/papers/rain.md")).replace("**minutes**", "**seconds**"));
        BuiltSite second = BuiltSite.build(site, out);
        assertEquals(first.htmlPages().size() - 1, kept(second.stderr), second.stderr);
        assertTrue(Files.isRegularFile(delta), "the changed pages go to the delta");
        assertTrue(Files.size(delta) < whole.length, Files.size(delta) + " bytes of " + whole.length);
        assertEquals(new String(whole, StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(cache), StandardCharsets.ISO_8859_1), "the cache file is left as it was");
        assertEquals(modelWritten, Files.getLastModifiedTime(model),
                "the notes changed no title, related paper or topic: the model's memory is not written again");

        // read with the delta, the cache knows the page the second build rendered: nothing is rendered again
        Map<String, String> before = OutputFolderTest.snapshot(out);
        BuiltSite third = BuiltSite.build(site, out);
        assertEquals(first.htmlPages().size(), kept(third.stderr), third.stderr);
        assertEquals(before, OutputFolderTest.snapshot(out), "no file was rewritten");

        // a page that goes is recorded as gone; a change to every page folds the delta into a new cache file
        Files.createDirectories(site.resolve("content/pages"));
        Files.writeString(site.resolve("content/pages/reading.md"), "---\ntitle: Reading\n---\nStart here.\n");
        BuiltSite.build(site, out);
        Files.delete(site.resolve("content/pages/reading.md"));
        BuiltSite.build(site, out);
        assertFalse(Files.exists(out.resolve("reading/index.html")));
        assertEquals(contents(BuiltSite.build(site, temp.resolve("fresh")).root), contents(out));
        Files.writeString(site.resolve("site.yml"), "title: Sun papers\n");
        BuiltSite retitled = BuiltSite.build(site, out);
        assertEquals(-1, kept(retitled.stderr), "a new site title is on every page: " + retitled.stderr);
        assertFalse(Files.exists(delta), "the delta went into the new cache file");
        assertEquals(first.htmlPages().size(), kept(BuiltSite.build(site, out).stderr));
        assertEquals(contents(BuiltSite.build(site, temp.resolve("fresh2")).root), contents(out));
    }

    /** The number in "N pages kept from the last build", or -1 when the build kept none. */
    private static int kept(String stderr) {
        Matcher m = KEPT.matcher(stderr);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Adds a page {@code reading/} whose text is {@code sentence} (Markdown) to the site, and builds it. */
    private void buildWithReadingPage(String sentence) throws IOException {
        Files.createDirectories(site.resolve("content/pages"));
        Files.writeString(site.resolve("content/pages/reading.md"), """
                ---
                title: Reading
                ---
                %s
                """.formatted(sentence));
        BuiltSite.build(site, out);
    }

    /** The paper page whose text holds {@code words}. */
    private static String paperPageMentioning(BuiltSite built, String words) throws IOException {
        for (String page : built.htmlPages()) {
            if (page.startsWith("papers/") && built.page(page).text().contains(words)) {
                return page;
            }
        }
        throw new AssertionError("no paper page mentions " + words);
    }

    /** The paper page whose title holds {@code title}. */
    private static String pageWith(BuiltSite built, String title) throws IOException {
        for (String page : built.htmlPages()) {
            if (page.startsWith("papers/") && built.page(page).title().contains(title)) {
                return page;
            }
        }
        throw new AssertionError("no paper page titled " + title);
    }

    /** Every file of the site (Lectern's own folder aside), by path, with its bytes as ISO-8859-1 text. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".lectern/")) {
                    files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }
}
