package dev.lectern.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output folder is often a git worktree or a folder with the owner's own files: Lectern writes only its own
 * files, never leaves a half-written site, never writes or deletes outside the folder, and never runs twice at once.
 */
class SiteWriterTest {

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("out");
    }

    private static final List<OutputFile> FIRST = List.of(
            file("index.html", "home v1"),
            file("papers/a/index.html", "paper a v1"),
            file("papers/b/index.html", "paper b v1"),
            file("topics/index.html", "topics v1"),
            file("assets/lectern.css", "css"));

    private static final List<OutputFile> SECOND = List.of(
            file("index.html", "home v2"),
            file("papers/a/index.html", "paper a v2"),
            file("papers/c/index.html", "paper c v2"),
            file("topics/index.html", "topics v1"),
            file("assets/lectern.css", "css"),
            file("listings/new/index.html", "a new folder"));

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private SiteWriter.Result build(List<OutputFile> files) throws IOException {
        return build(files, WriteFaults.NONE);
    }

    private SiteWriter.Result build(List<OutputFile> files, WriteFaults faults) throws IOException {
        try (SiteWriter writer = SiteWriter.open(out(), faults)) {
            writeAll(writer, files);
            return writer.commit();
        }
    }

    private static void writeAll(SiteWriter writer, List<OutputFile> files) throws IOException {
        for (OutputFile f : files) {
            writer.write(f);
        }
    }

    /** Fails the {@code k}-th time (0-based) that {@code step} is taken. */
    private static WriteFaults failAt(WriteFaults.Step step, int k) {
        AtomicInteger seen = new AtomicInteger();
        return (s, path) -> {
            if (s == step && seen.getAndIncrement() == k) {
                throw new AccessDeniedException(path, null, "injected failure");
            }
        };
    }

    /** Every file, folder and link under {@code root} but Lectern's own folder: content and modification time. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.equals(SiteWriter.STATE_DIR) || rel.startsWith(SiteWriter.STATE_DIR + "/")) {
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    state.put(rel, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    state.put(rel + "/", "folder");
                } else {
                    FileTime time = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                    state.put(rel, Arrays.hashCode(Files.readAllBytes(p)) + " @ " + time.toMillis());
                }
            }
        }
        return state;
    }

    private String read(String path) throws IOException {
        return Files.readString(out().resolve(path));
    }

    private List<String> manifest() throws IOException {
        return Files.readAllLines(out().resolve(".lectern/manifest.txt"));
    }

    @Test
    void aRebuildReplacesChangedFilesKeepsUnchangedOnesAndRemovesStaleOnes() throws IOException {
        build(FIRST);
        FileTime cssTime = Files.getLastModifiedTime(out().resolve("assets/lectern.css"));
        SiteWriter.Result result = build(SECOND);
        assertEquals(new SiteWriter.Result(6, 4, 2, 1, List.of()), result);
        assertEquals("home v2", read("index.html"));
        assertFalse(Files.exists(out().resolve("papers/b")), "the stale page and its empty folder are gone");
        assertEquals(cssTime, Files.getLastModifiedTime(out().resolve("assets/lectern.css")), "unchanged: untouched");
        assertEquals(SECOND.stream().map(OutputFile::path).sorted().toList(), manifest());
    }

    @Test
    void eachFilesStampIsTheSizeAndTimeItHasOnceCommitted() throws IOException {
        build(FIRST);
        // SECOND rewrites files in place, in new folders and leaves two unchanged: each is stamped as it ends up
        try (SiteWriter writer = SiteWriter.open(out())) {
            writeAll(writer, SECOND);
            writer.commit();
            for (OutputFile f : SECOND) {
                Path file = out().resolve(f.path());
                SiteWriter.FileStamp expected = new SiteWriter.FileStamp(Files.size(file),
                        Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS));
                assertEquals(expected, writer.stamp(f.path()), f.path());
            }
            assertEquals(null, writer.stamp("papers/b/index.html"), "not written by this build");
        }
    }

    @Test
    void stateWrittenAsideReplacesTheOldOnlyWhenInstalledAfterTheCommit() throws IOException {
        try (SiteWriter writer = SiteWriter.open(out())) {
            writer.commit();
            writer.writeState("cache.bin", stream -> stream.write("old".getBytes(StandardCharsets.UTF_8)));
        }
        Path state = out().resolve(".lectern/cache.bin");
        try (SiteWriter writer = SiteWriter.open(out())) {
            writer.prepareState("cache.bin", stream -> stream.write("new".getBytes(StandardCharsets.UTF_8)));
            assertEquals("old", Files.readString(state));
            assertThrows(IllegalStateException.class, () -> writer.installState("cache.bin"), "before the commit");
            writer.commit();
            assertEquals("old", Files.readString(state));
            writer.installState("cache.bin");
            assertEquals("new", Files.readString(state));
        }
        // a build that fails before its commit leaves the old state, and nothing written aside
        try (SiteWriter writer = SiteWriter.open(out())) {
            writer.prepareState("cache.bin", stream -> stream.write("newer".getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals("new", Files.readString(state));
        try (Stream<Path> files = Files.list(out().resolve(".lectern"))) {
            assertEquals(List.of("cache.bin", "lock", "manifest.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void newFoldersArriveWholeWithEveryFileInThem() throws IOException {
        build(FIRST);
        List<OutputFile> deeper = new java.util.ArrayList<>(FIRST);
        deeper.add(file("listings/x/index.html", "x"));
        deeper.add(file("listings/x/feed/index.xml", "x feed"));
        deeper.add(file("listings/y/index.html", "y"));
        deeper.add(file("papers/d/index.html", "d"));
        SiteWriter.Result result = build(deeper);
        assertEquals(4, result.changed());
        assertEquals("x feed", read("listings/x/feed/index.xml"));
        assertEquals("y", read("listings/y/index.html"));
        assertEquals("d", read("papers/d/index.html"));
        assertEquals("paper a v1", read("papers/a/index.html"), "the existing folder keeps its files");
        assertEquals(deeper.stream().map(OutputFile::path).sorted().toList(), manifest());
        assertFalse(Files.exists(out().resolve(".lectern/staging")), "nothing staged is left behind");
    }

    @Test
    void aFolderThatAppearsWhileTheSiteRendersIsNotReplacedWhole() throws IOException {
        build(FIRST);
        try (SiteWriter writer = SiteWriter.open(out())) {
            writeAll(writer, SECOND);
            // the user makes listings/new/ between rendering and the swap, with a file of their own in it
            Files.createDirectories(out().resolve("listings/new"));
            Files.writeString(out().resolve("listings/new/mine.txt"), "mine");
            writer.commit();
        }
        assertEquals("mine", read("listings/new/mine.txt"));
        assertEquals("a new folder", read("listings/new/index.html"));
    }

    @Test
    void filesLecternDidNotWriteAreKeptThroughEveryRebuild() throws IOException {
        Files.createDirectories(out().resolve(".git"));
        Files.writeString(out().resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(out().resolve("CNAME"), "digest.example.org\n");
        Files.createDirectories(out().resolve("papers/b"));
        Files.writeString(out().resolve("papers/b/mine.txt"), "my own notes next to a generated page");
        build(FIRST);
        build(SECOND);
        build(List.of(file("index.html", "only home")));
        assertEquals("ref: refs/heads/gh-pages\n", read(".git/HEAD"));
        assertEquals("digest.example.org\n", read("CNAME"));
        assertEquals("my own notes next to a generated page", read("papers/b/mine.txt"));
        assertFalse(Files.exists(out().resolve("papers/b/index.html")));
        assertEquals(List.of("index.html"), manifest());
    }

    @Test
    void aFileLecternDidNotWriteIsNeverReplacedAndNothingChanges() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("index.html"), "the owner's hand-written home page");
        Map<String, String> before = snapshot(out());
        OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> build(FIRST));
        assertEquals(1, refused.problems().size());
        assertEquals(out().resolve("index.html"), refused.problems().get(0).file());
        assertTrue(refused.problems().get(0).message().contains("not written by Lectern"));
        assertEquals(before, snapshot(out()));
    }

    @Test
    void aFileWithExactlyTheBytesLecternWouldWriteIsAdopted() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("index.html"), "home v1");
        SiteWriter.Result result = build(FIRST);
        assertEquals(1, result.unchanged());
        assertTrue(manifest().contains("index.html"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 5})
    void aWriteThatFailsAfterKFilesLeavesThePreviousSiteExactlyAsItWas(int k) throws IOException {
        build(FIRST);
        Map<String, String> before = snapshot(out());
        List<String> manifestBefore = manifest();
        assertThrows(AccessDeniedException.class, () -> build(SECOND, failAt(WriteFaults.Step.STAGE, k)));
        assertEquals(before, snapshot(out()));
        assertEquals(manifestBefore, manifest());
        assertFalse(Files.exists(out().resolve(".lectern/staging")), "nothing staged is left behind");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aSwapThatFailsAfterKMovesPutsEveryReplacedFileBack(int k) throws IOException {
        build(FIRST);
        Map<String, String> before = snapshot(out());
        List<String> manifestBefore = manifest();
        assertThrows(AccessDeniedException.class, () -> build(SECOND, failAt(WriteFaults.Step.MOVE, k)));
        assertEquals(before, snapshot(out()));
        assertEquals(manifestBefore, manifest());
        build(SECOND);
        assertEquals("home v2", read("index.html"), "the next build goes through");
    }

    @Test
    void aManifestThatCannotBeWrittenStopsTheBuildBeforeAnyFileIsPlaced() throws IOException {
        build(FIRST);
        Map<String, String> before = snapshot(out());
        assertThrows(AccessDeniedException.class, () -> build(SECOND, failAt(WriteFaults.Step.MANIFEST, 0)));
        assertEquals(before, snapshot(out()));
    }

    @Test
    void aFileThatCannotBeRemovedStaysInTheManifestAndGoesNextTime() throws IOException {
        build(FIRST);
        SiteWriter.Result result = build(SECOND, failAt(WriteFaults.Step.REMOVE, 0));
        assertEquals(List.of("papers/b/index.html"), result.notRemoved());
        assertTrue(manifest().contains("papers/b/index.html"), "still Lectern's");
        assertEquals("home v2", read("index.html"), "the new site is in place");
        assertEquals(1, build(SECOND).removed());
        assertFalse(Files.exists(out().resolve("papers/b/index.html")));
    }

    @Test
    void aFirstBuildThatFailsLeavesOnlyTheLockBehind() throws IOException {
        assertThrows(AccessDeniedException.class, () -> build(FIRST, failAt(WriteFaults.Step.STAGE, 2)));
        assertEquals(Map.of("/", "folder"), snapshot(out()), "no file, no folder but Lectern's own");
        try (Stream<Path> own = Files.list(out().resolve(".lectern"))) {
            assertEquals(List.of("lock"), own.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aManifestEditedToReachOutsideRemovesNothingOutside() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.writeString(temp.resolve("sibling.txt"), "keep me too");
        build(FIRST);
        Files.writeString(out().resolve(".lectern/manifest.txt"), String.join("\n",
                "../outside/precious.txt", outside.resolve("precious.txt").toString(), "papers/../../sibling.txt",
                "./../sibling.txt", "papers/a/../../../outside/precious.txt", "..", ".", "", "/",
                ".lectern/lock", ".lectern", "C:\\sibling.txt", "..\\sibling.txt", "nul\u0000.txt",
                "index.html", "papers/a/index.html") + "\n");
        build(List.of(file("index.html", "home")));
        assertEquals("keep me", Files.readString(outside.resolve("precious.txt")));
        assertEquals("keep me too", Files.readString(temp.resolve("sibling.txt")));
        assertFalse(Files.exists(out().resolve("papers/a/index.html")), "the one honest line is honoured");
        assertTrue(Files.exists(out().resolve(".lectern/lock")));
    }

    @Test
    void aSymbolicLinkToAFolderOutsideIsNeitherWrittenThroughNorCleanedThrough() throws IOException {
        build(FIRST);
        Path outside = Files.createDirectories(temp.resolve("outside/b"));
        Files.writeString(outside.resolve("index.html"), "someone else's page");
        deleteTree(out().resolve("papers"));
        Files.createSymbolicLink(out().resolve("papers"), temp.resolve("outside"));
        Map<String, String> before = snapshot(temp.resolve("outside"));

        OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> build(SECOND));
        assertEquals(out().resolve("papers"), refused.problems().get(0).file());
        assertTrue(refused.problems().get(0).message().contains("symbolic link"));
        assertEquals(before, snapshot(temp.resolve("outside")));

        build(List.of(file("index.html", "home without papers")));
        assertEquals(before, snapshot(temp.resolve("outside")), "papers/b/index.html of the manifest is not deleted");
        assertTrue(Files.isSymbolicLink(out().resolve("papers")));
    }

    @Test
    void aSymbolicLinkWhereAPageGoesIsNotWrittenThrough() throws IOException {
        Path target = temp.resolve("elsewhere.html");
        Files.writeString(target, "not Lectern's");
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve("index.html"), target);
        OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> build(FIRST));
        assertTrue(refused.problems().get(0).message().contains("symbolic link"));
        assertEquals("not Lectern's", Files.readString(target));
    }

    @Test
    void lecternsOwnFolderAsASymbolicLinkIsRefusedBeforeAnythingIsDeleted() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside/staging"));
        Files.writeString(outside.resolve("important.txt"), "would be wiped as a staging folder");
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve(".lectern"), temp.resolve("outside"));
        assertThrows(OutputRefusedException.class, () -> build(FIRST));
        assertEquals("would be wiped as a staging folder", Files.readString(outside.resolve("important.txt")));
    }

    @Test
    void aFolderWhereAFileGoesIsReportedAndKept() throws IOException {
        Files.createDirectories(out().resolve("index.html"));
        Files.writeString(out().resolve("index.html/mine.txt"), "mine");
        OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> build(FIRST));
        assertTrue(refused.problems().get(0).message().contains("is a folder"));
        assertEquals("mine", Files.readString(out().resolve("index.html/mine.txt")));
    }

    @Test
    void outputPathsThatLeaveTheFolderAreBugsCaughtAtOnce() {
        for (String path : List.of("../x", "/etc/passwd", "a/../../x", "a//b", "a\\b", "./x", "")) {
            assertThrows(IllegalArgumentException.class, () -> file(path, "x"), path);
        }
    }

    @Test
    void aSecondWriterInThisProcessIsLockedOutUntilTheFirstCloses() throws IOException {
        try (SiteWriter first = SiteWriter.open(out())) {
            assertThrows(OutputLockedException.class, () -> SiteWriter.open(out()));
            first.write(file("index.html", "home"));
            first.commit();
        }
        try (SiteWriter again = SiteWriter.open(out())) {
            again.write(file("index.html", "home"));
            assertEquals(1, again.commit().unchanged());
        }
    }

    @Test
    void aLockHeldByAnotherProcessLocksOut() throws Exception {
        Files.createDirectories(out());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), out().toString()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("locked", lines.readLine());
            OutputLockedException locked = assertThrows(OutputLockedException.class, () -> SiteWriter.open(out()));
            assertTrue(locked.getMessage().contains("another Lectern build"));
            holder.getOutputStream().close();
            assertEquals(0, holder.waitFor());
        } finally {
            holder.destroy();
        }
        try (SiteWriter writer = SiteWriter.open(out())) {
            writer.write(file("index.html", "home"));
            writer.commit();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
