package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.build.SiteBuild;
import dev.lectern.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder with the real command line: which folders are refused, whose files are kept, and what a build
 * that fails, or runs alongside another, leaves behind.
 */
class OutputFolderTest {

    @TempDir
    Path temp;

    private Path site;

    private static final String LISTING = """
            3 papers on arXiv
            We present high-cadence observations of coronal rain in an active region loop system, obtained with the Solar Orbiter Extreme Ultraviolet Imager...
            The solar wind is a continuous outflow of magnetized plasma from the corona of the Sun; its acceleration mechanism remains debated...
            Sunspot penumbrae host Evershed flows whose driving mechanism is connected to magnetoconvection. We analyze spectropolarimetric data...
            """;

    @BeforeEach
    void aSite() throws IOException {
        site = temp.resolve("site");
        Files.createDirectories(site.resolve("seeds"));
        Files.writeString(site.resolve("seeds/physics.txt"), LISTING);
    }

    private BuiltSite.Result build(Path out) {
        return BuiltSite.run("build", "--site", site.toString(), "--out", out.toString());
    }

    private static void assertRefused(BuiltSite.Result result, String message) {
        assertEquals(1, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains(message), result.stderr());
        assertTrue(result.stderr().contains("hint:"), result.stderr());
        assertFalse(result.stderr().contains("\tat "), "no stack trace: " + result.stderr());
    }

    /** Every file and folder under {@code root}, but Lectern's own, with its content and modification time. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                String rel = root.relativize(p).toString();
                if (!rel.startsWith(SiteWriter.STATE_DIR)) {
                    state.put(rel, Files.isDirectory(p) ? "folder" : Arrays.hashCode(Files.readAllBytes(p)) + " @ "
                            + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis());
                }
            }
        }
        return state;
    }

    @Test
    void theSiteFolderItselfIsRefused() {
        assertRefused(build(site), "would contain the site folder");
    }

    @Test
    void aParentOfTheSiteFolderIsRefused() {
        assertRefused(build(temp), "would contain the site folder");
        assertRefused(build(Path.of("/")), "would contain the site folder");
    }

    @Test
    void aSymbolicLinkToTheSiteFolderIsRefusedToo() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link-to-site"), site);
        assertRefused(build(link), "would contain the site folder");
        assertRefused(build(link.resolve("seeds/out")), "inside the site's seeds/ folder");
    }

    @Test
    void aFolderInsideTheSourcesIsRefused() {
        assertRefused(build(site.resolve("seeds/out")), "inside the site's seeds/ folder");
    }

    @Test
    void aFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertRefused(build(file), "the output path is a file");
        assertRefused(build(file.resolve("below")), "the output folder cannot be made: this is a file");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void filesLecternDidNotWriteAreKeptWhenPapersComeAndGo() throws IOException {
        Path out = temp.resolve("gh-pages");
        Files.createDirectories(out.resolve(".git"));
        Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(out.resolve("CNAME"), "digest.example.org\n");
        assertEquals(0, build(out).exitCode());
        Files.writeString(site.resolve("seeds/physics.txt"), LISTING.replace("3 papers", "2 papers")
                .replaceAll("(?m)^Sunspot.*\\n", ""));
        BuiltSite.Result rebuilt = build(out);
        assertEquals(0, rebuilt.exitCode(), rebuilt.stderr());
        assertFalse(rebuilt.stderr().contains("(0 changed, 0 unchanged, 0 removed)"));
        assertEquals("ref: refs/heads/gh-pages\n", Files.readString(out.resolve(".git/HEAD")));
        assertEquals("digest.example.org\n", Files.readString(out.resolve("CNAME")));
    }

    @Test
    void aPageOfTheOwnersOwnIsNeverReplaced() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("index.html"), "<h1>My hand-made home page</h1>");
        BuiltSite.Result result = build(out);
        assertRefused(result, out.resolve("index.html") + ": error: exists and was not written by Lectern");
        assertEquals("<h1>My hand-made home page</h1>", Files.readString(out.resolve("index.html")));
        assertEquals(Map.of("index.html", "<h1>My hand-made home page</h1>"), contents(out),
                "nothing else was written either, but Lectern's lock");
    }

    @Test
    void aTemplateThatFailsAfterSomePagesLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, build(out).exitCode());
        Map<String, String> before = snapshot(out);
        Files.createDirectories(site.resolve("templates"));
        // papers render last and in parallel: some pages are written before the one that fails
        Files.writeString(site.resolve("templates/paper.ftlh"),
                "<h1>${title}</h1>\n<#if title?contains(\"Sunspot\")>${no.such.value}</#if>\n");
        Files.writeString(site.resolve("seeds/physics.txt"), LISTING.replace("coronal rain", "coronal drizzle"));
        BuiltSite.Result result = build(out);
        assertRefused(result, site.resolve("templates/paper.ftlh") + ":2:");
        assertTrue(result.stderr().contains(out + " was not changed"), result.stderr());
        assertEquals(before, snapshot(out));
    }

    @Test
    @SuppressWarnings("try") // the resource is held, not used
    void anUnwritableOutputFolderFailsClearlyAndLeavesThePreviousSite() throws Exception {
        Path out = temp.resolve("out");
        assertEquals(0, build(out).exitCode());
        Map<String, String> before = snapshot(out);
        Files.writeString(site.resolve("seeds/physics.txt"), LISTING.replace("coronal rain", "coronal drizzle"));
        try (ReadOnly ignored = ReadOnly.make(out)) {
            BuiltSite.Result result = build(out);
            assertEquals(1, result.exitCode(), result.stderr());
            assertTrue(result.stderr().contains(": error: cannot read or write this file or folder"), result.stderr());
            assertTrue(result.stderr().contains("hint:"), result.stderr());
            assertFalse(result.stderr().contains("\tat "), "no stack trace: " + result.stderr());
            assertEquals(before, snapshot(out));
        }
    }

    @Test
    @SuppressWarnings("try") // the resource is held, not used
    void debugAddsTheStackTraceOfAFileSystemFailure() throws Exception {
        Path out = temp.resolve("out");
        assertEquals(0, build(out).exitCode());
        Files.writeString(site.resolve("seeds/physics.txt"), LISTING.replace("coronal rain", "coronal drizzle"));
        try (ReadOnly ignored = ReadOnly.make(out)) {
            BuiltSite.Result result = BuiltSite.run("build", "--debug", "--site", site.toString(), "--out",
                    out.toString());
            assertEquals(1, result.exitCode());
            assertTrue(result.stderr().contains("\tat "), "--debug shows where it failed: " + result.stderr());
        }
    }

    @Test
    @SuppressWarnings("try") // the resource is held, not used
    void aFolderThatCannotBeRemovedLeavesNoFalseWarning() throws Exception {
        Path out = temp.resolve("out");
        assertEquals(0, build(out).exitCode());
        // the paper leaves the listing: its page must go, but its folder cannot, because papers/ is read-only
        Files.writeString(site.resolve("seeds/physics.txt"), LISTING.replace("3 papers", "2 papers")
                .replaceAll("(?m)^We present high-cadence observations of coronal rain.*\n", ""));
        try (ReadOnly ignored = ReadOnly.topOnly(out.resolve("papers"))) {
            BuiltSite.Result result = build(out);
            assertEquals(0, result.exitCode(), result.stderr());
            assertFalse(result.stderr().contains("warning"), "the stale page went; only its folder could not: "
                    + result.stderr());
        }
        assertFalse(Files.readString(out.resolve(".lectern/manifest.txt")).contains("coronal-rain"));
    }

    @Test
    @SuppressWarnings("try") // the resource is held, not used
    void aHeldLockIsAClearErrorWithExitCodeOne() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, build(out).exitCode());
        Map<String, String> before = snapshot(out);
        try (SiteWriter otherBuild = SiteWriter.open(out)) {
            BuiltSite.Result result = build(out);
            assertRefused(result, "error: another Lectern build is writing into " + out);
            assertTrue(result.stderr().contains(out.resolve(".lectern/lock").toString()), result.stderr());
        }
        assertEquals(before, snapshot(out));
    }

    @Test
    void buildsRunningAtOnceIntoOneFolderLeaveOneWholeSite() throws Exception {
        Path out = temp.resolve("out");
        Path reference = temp.resolve("reference");
        assertEquals(0, build(reference).exitCode());
        int builds = 4;
        CyclicBarrier start = new CyclicBarrier(builds);
        ExecutorService pool = Executors.newFixedThreadPool(builds);
        List<Future<SiteBuild.Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < builds; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return new SiteBuild(site, out, line -> { }).run((done, total) -> { });
            }));
        }
        int built = 0;
        for (Future<SiteBuild.Outcome> f : outcomes) {
            SiteBuild.Outcome outcome = f.get();
            if (outcome.built()) {
                built++;
            } else {
                assertTrue(outcome.diagnostics().sorted().stream()
                        .allMatch(d -> d.message().startsWith("another Lectern build is writing")),
                        outcome.diagnostics().sorted().toString());
            }
        }
        pool.shutdown();
        assertTrue(built >= 1, "at least one build went through");
        assertEquals(contents(reference), contents(out), "the folder holds one whole site");
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString();
                if (!rel.startsWith(SiteWriter.STATE_DIR)) {
                    files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /** Makes a folder unwritable even for root (chattr +i), or skips the test where that cannot be done. */
    static final class ReadOnly implements AutoCloseable {
        private final Path dir;
        private final boolean viaChattr;

        private ReadOnly(Path dir, boolean viaChattr) {
            this.dir = dir;
            this.viaChattr = viaChattr;
        }

        /** The folder and everything in it. */
        static ReadOnly make(Path dir) throws Exception {
            return make(dir, true);
        }

        /** The folder itself: its entries cannot change, what is inside its subfolders can. */
        static ReadOnly topOnly(Path dir) throws Exception {
            return make(dir, false);
        }

        private static ReadOnly make(Path dir, boolean recursive) throws Exception {
            boolean root = "root".equals(System.getProperty("user.name"));
            ReadOnly readOnly;
            if (root) {
                List<String> command = new ArrayList<>(List.of("chattr", "+i", dir.toString()));
                if (recursive) {
                    command.add(1, "-R");
                }
                Process chattr = new ProcessBuilder(command).redirectErrorStream(true).start();
                assumeTrue(chattr.waitFor() == 0, "chattr +i is not available here");
                readOnly = new ReadOnly(dir, true);
            } else {
                if (recursive) {
                    forEachFolder(dir, f -> f.toFile().setWritable(false));
                } else {
                    dir.toFile().setWritable(false);
                }
                readOnly = new ReadOnly(dir, false);
            }
            try {
                Files.delete(Files.createFile(dir.resolve("probe")));
                readOnly.close();
                assumeTrue(false, "the folder stayed writable");
            } catch (IOException expected) {
                // unwritable, as wanted
            }
            return readOnly;
        }

        private static void forEachFolder(Path dir, java.util.function.Consumer<Path> action) throws IOException {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.filter(Files::isDirectory).forEach(action);
            }
        }

        @Override
        public void close() throws IOException {
            if (viaChattr) {
                try {
                    new ProcessBuilder("chattr", "-R", "-i", dir.toString()).start().waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while making " + dir + " writable again", e);
                }
            } else {
                forEachFolder(dir, f -> f.toFile().setWritable(true));
            }
        }
    }
}
