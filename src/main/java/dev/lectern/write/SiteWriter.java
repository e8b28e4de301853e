package dev.lectern.write;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a build into the output folder without ever leaving it half-written, and without touching anything that is
 * not Lectern's:
 * <ol>
 *   <li>files whose bytes differ from what is there are written to a staging folder inside the output folder;
 *       files that are unchanged are not touched, so they keep their modification time. A file whose folder exists
 *       is staged under a plain number; one whose folder is new is staged in a copy of its folder tree, so that
 *       the commit moves each new folder into place whole: on a first build of 10,000 papers that is a few
 *       renames instead of 10,000, and no staged folders to remove afterwards (removing 10,000 folders took
 *       12 s of a 53 s build on an ext4 disk mounted with discard);</li>
 *   <li>{@link #commit()} first checks that nothing is in the way (a file Lectern did not write, a folder, a symbolic
 *       link) and refuses the whole build if something is; then it moves the staged files into place, keeping the
 *       replaced ones until all moves succeeded (any failure puts them back), and last removes files that an
 *       earlier build wrote and this one did not;</li>
 *   <li>a manifest records what Lectern wrote: only those files are ever removed or replaced, a user's own files
 *       stay. It is updated before the first file is placed, so it never misses a file Lectern put there.</li>
 * </ol>
 * Paths never leave the output folder: a manifest line that is absolute or has {@code ..} is ignored, and no file
 * is written, replaced or removed through a symbolic link. A lock keeps two builds from writing into one folder at
 * once. Closing without commit discards the staging folder and leaves the previous site exactly as it was (a
 * first build that fails leaves only {@code .lectern/lock}).
 */
public final class SiteWriter implements OutputSink, AutoCloseable {

    /** Lectern's own folder inside the output folder: lock, manifest and staging. */
    public static final String STATE_DIR = ".lectern";
    static final String MANIFEST = "manifest.txt";
    static final String LOCK = "lock";
    /** Problems listed one by one when a commit is refused; the rest are counted. */
    static final int MAX_LISTED = 20;

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    /** Inside the staging folder: files whose folder exists, by number; and new folders, as they will be. */
    private static final String FLAT = "files";
    private static final String TREE = "tree";

    private final Path out;
    private final Path state;
    private final Path staging;
    private final Path backup;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final WriteFaults faults;
    private final Set<String> previous;
    private final Set<String> written = new ConcurrentSkipListSet<>();
    /** Staged paths, each with where it was staged. */
    private final Map<String, Path> staged = new ConcurrentSkipListMap<>();
    private final AtomicInteger stagedFlat = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final Map<Path, Boolean> realFolders = new ConcurrentHashMap<>();
    /** The size and modification time of each file this build staged or found unchanged, by path. */
    private final Map<String, FileStamp> stamps = new ConcurrentHashMap<>();
    /** State files written aside by {@link #prepareState}, not yet put in place. */
    private final Set<String> preparedState = ConcurrentHashMap.newKeySet();
    /**
     * Folders under the output folder found missing, so that nothing under them needs asking again: a first build
     * of 100,000 papers asked the disk about every page's folder and file several times over, each time through an
     * exception, while rendering and again while committing. Found afresh when the commit begins (a folder may have
     * appeared meanwhile), and forgotten when it moves files in.
     */
    private final Set<Path> missingFolders = ConcurrentHashMap.newKeySet();
    private boolean committed;
    private volatile boolean closed;
    private Result result;

    /**
     * What a commit did.
     *
     * @param notRemoved files of an earlier build that could not be removed; they stay in the manifest
     */
    public record Result(int files, int changed, int unchanged, int removed, List<String> notRemoved) {
        public Result {
            notRemoved = List.copyOf(notRemoved);
        }
    }

    /**
     * A file's size and modification time, as a build wrote or found it: a move into place keeps both.
     *
     * @param modifiedNanos nanoseconds since the epoch
     */
    public record FileStamp(long size, long modifiedNanos) {
    }

    private SiteWriter(Path out, FileChannel lockChannel, FileLock lock, WriteFaults faults)
            throws IOException {
        this.out = out;
        this.state = out.resolve(STATE_DIR);
        this.staging = state.resolve("staging");
        this.backup = state.resolve("backup");
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.faults = faults;
        deleteTree(staging);
        deleteTree(backup);
        Files.createDirectories(staging);
        this.previous = readManifest();
    }

    /**
     * Opens {@code out} for writing, creating it if needed, and takes its lock.
     *
     * @throws OutputLockedException   when another build holds the lock
     * @throws OutputRefusedException  when Lectern's own folder in it is a file or a symbolic link
     */
    public static SiteWriter open(Path out) throws IOException {
        return open(out, WriteFaults.NONE);
    }

    static SiteWriter open(Path out, WriteFaults faults) throws IOException {
        Path root = out.toAbsolutePath().normalize();
        Files.createDirectories(root);
        Path state = root.resolve(STATE_DIR);
        if (Files.exists(state, NOFOLLOW) && !Files.isDirectory(state, NOFOLLOW)) {
            throw new OutputRefusedException(List.of(new OutputRefusedException.Problem(state,
                    "Lectern's own folder " + STATE_DIR + " is a file or a symbolic link",
                    "remove it; Lectern keeps its lock and manifest in a folder of that name")));
        }
        Files.createDirectories(state);
        FileChannel channel = FileChannel.open(state.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, NOFOLLOW);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // a build in this same process holds it
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new OutputLockedException(root);
        }
        try {
            return new SiteWriter(root, channel, lock, faults);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    @Override
    public void write(OutputFile file) throws IOException {
        if (closed) {
            throw new IllegalStateException("the site writer of " + out + " is closed");
        }
        String path = file.path();
        if (path.equals(STATE_DIR) || path.startsWith(STATE_DIR + "/")) {
            throw new IllegalArgumentException("the output path " + path + " is Lectern's own");
        }
        if (!written.add(path)) {
            throw new IllegalStateException("two files for one path: " + path);
        }
        faults.before(WriteFaults.Step.STAGE, path);
        Path target = out.resolve(path);
        FileStamp same = inRealFolders(target.getParent()) && !knownMissing(target.getParent())
                ? sameBytes(target, file.bytes()) : null;
        if (same != null) {
            stamps.put(path, same);
            unchanged.incrementAndGet();
            return;
        }
        Path parent = target.getParent();
        Path stagedFile = parent.equals(out) || Boolean.TRUE.equals(realFolders.get(parent))
                ? staging.resolve(FLAT).resolve(Integer.toString(stagedFlat.incrementAndGet()))
                : staging.resolve(TREE).resolve(path);
        Files.createDirectories(stagedFile.getParent());
        // CREATE_NEW: the staging folder is new, so this never writes through a link someone put there
        Files.write(stagedFile, file.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        // asked now, on the rendering threads: after the commit it was a serial stat per page (0.3 s at 100,000)
        stamps.put(path, new FileStamp(file.bytes().length,
                Files.getLastModifiedTime(stagedFile, NOFOLLOW).to(TimeUnit.NANOSECONDS)));
        staged.put(path, stagedFile);
    }

    /**
     * The size and modification time that the file this build wrote at {@code path}, or found there with the same
     * bytes, has once committed; null for a path it did not write (kept files among them).
     */
    public FileStamp stamp(String path) {
        return stamps.get(path);
    }

    /**
     * Opens Lectern's own file {@code name} in the state folder ({@code .lectern/}) of the output folder {@code out},
     * such as the page cache, without taking its lock (a build reads what the last one left before it opens the
     * writer): each state file is replaced in one step, so a build writing meanwhile leaves the old file or the new
     * one. Null when the state folder or the file is missing, or either is not what Lectern makes (a symbolic link,
     * say).
     */
    public static InputStream readState(Path out, String name) throws IOException {
        Path state = out.resolve(STATE_DIR);
        Path file = state.resolve(name);
        if (!Files.isDirectory(state, NOFOLLOW) || !Files.isRegularFile(file, NOFOLLOW)) {
            return null;
        }
        return new BufferedInputStream(Files.newInputStream(file, NOFOLLOW), 1 << 16);
    }

    /** Writes the content of one of Lectern's own files. */
    public interface StateContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Replaces Lectern's own file {@code name} in the state folder in one step (written aside, then moved), so that
     * a build stopped meanwhile leaves the old file or the new one, never a part. Only after {@link #commit}: the
     * state describes the site in the folder.
     */
    public void writeState(String name, StateContent content) throws IOException {
        if (!committed) {
            throw new IllegalStateException("state is written after the site is committed");
        }
        prepareState(name, content);
        installState(name);
    }

    /**
     * Writes Lectern's own file {@code name} aside in the state folder, for {@link #installState} to put in place
     * once the site is committed: while the links are checked and the site committed, say, on another thread. A
     * writer closed without installing it removes it, so the state folder keeps the old file.
     */
    public void prepareState(String name, StateContent content) throws IOException {
        if (closed) {
            throw new IllegalStateException("the site writer of " + out + " is closed");
        }
        Path temp = state.resolve(name + ".new");
        preparedState.add(name);
        Files.deleteIfExists(temp);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** Puts the file that {@link #prepareState} wrote for {@code name} in place, in one step; only after a commit. */
    public void installState(String name) throws IOException {
        if (!committed) {
            throw new IllegalStateException("state is installed after the site is committed");
        }
        if (!preparedState.remove(name)) {
            throw new IllegalStateException("no state " + name + " was prepared");
        }
        move(state.resolve(name + ".new"), state.resolve(name));
    }

    /** Removes Lectern's own file {@code name} from the state folder, if it is there. */
    public void removeState(String name) throws IOException {
        Files.deleteIfExists(state.resolve(name));
    }

    /** The files the last committed build wrote (its manifest); unmodifiable. */
    public Set<String> earlierFiles() {
        return Collections.unmodifiableSet(previous);
    }

    /**
     * Keeps the file an earlier build wrote at {@code path} as this build's, without its bytes: when it is one of
     * Lectern's files (in the manifest), a regular file in a real folder, and still has the size and modification
     * time that the caller recorded when it was written. Otherwise nothing happens, and the caller writes it.
     *
     * @param size          the size it had, in bytes
     * @param modifiedNanos its modification time then, in nanoseconds since the epoch
     * @return whether the file is kept
     */
    public boolean keep(String path, long size, long modifiedNanos) throws IOException {
        if (closed) {
            throw new IllegalStateException("the site writer of " + out + " is closed");
        }
        if (!previous.contains(path) || path.equals(STATE_DIR) || path.startsWith(STATE_DIR + "/")) {
            return false;
        }
        Path target = out.resolve(path);
        if (!inRealFolders(target.getParent())) {
            return false;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, NOFOLLOW);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!attributes.isRegularFile() || attributes.size() != size
                || attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) != modifiedNanos) {
            return false;
        }
        if (!written.add(path)) {
            throw new IllegalStateException("two files for one path: " + path);
        }
        unchanged.incrementAndGet();
        return true;
    }

    /**
     * Moves the staged files into place and removes what earlier builds wrote and this one did not.
     *
     * @throws OutputRefusedException when something Lectern does not own is in the way; nothing was changed then
     */
    public Result commit() throws IOException {
        if (committed) {
            return result;
        }
        // a folder may have appeared while the site rendered: ask again, once for each folder
        missingFolders.clear();
        List<OutputRefusedException.Problem> problems = problemsInTheWay();
        if (!problems.isEmpty()) {
            throw new OutputRefusedException(problems);
        }
        Set<String> journal = new TreeSet<>(previous);
        journal.addAll(staged.keySet());
        writeManifest(journal);
        // Planned before anything moves: which new folders come whole, which files come one by one.
        Set<String> newFolders = new TreeSet<>();
        List<String> oneByOne = new ArrayList<>();
        Path tree = staging.resolve(TREE);
        staged.forEach((path, at) -> {
            Path root = at.startsWith(tree) ? topmostMissing(out.resolve(path).getParent()) : null;
            String folder = root == null ? null : out.relativize(root).toString();
            if (folder != null && (newFolders.contains(folder) || Files.isDirectory(tree.resolve(folder), NOFOLLOW))) {
                newFolders.add(folder);
            } else {
                oneByOne.add(path);
            }
        });
        missingFolders.clear(); // the moves make them
        List<String> movedFolders = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        Map<String, Path> backedUp = new LinkedHashMap<>();
        try {
            for (String folder : newFolders) {
                faults.before(WriteFaults.Step.MOVE, folder);
                Files.createDirectories(out.resolve(folder).getParent());
                move(staging.resolve(TREE).resolve(folder), out.resolve(folder));
                movedFolders.add(folder);
            }
            for (String path : oneByOne) {
                faults.before(WriteFaults.Step.MOVE, path);
                Path target = out.resolve(path);
                if (Files.exists(target, NOFOLLOW)) {
                    Path saved = backup.resolve(Integer.toString(backedUp.size()));
                    Files.createDirectories(backup);
                    move(target, saved);
                    backedUp.put(path, saved);
                }
                Files.createDirectories(target.getParent());
                move(staged.get(path), target);
                moved.add(path);
            }
        } catch (IOException | RuntimeException e) {
            rollBack(movedFolders, moved, backedUp, e);
            throw e;
        }
        int removed = 0;
        List<String> notRemoved = new ArrayList<>();
        for (String path : previous) {
            if (written.contains(path)) {
                continue;
            }
            Path stale = out.resolve(path);
            if (!inRealFolders(stale.getParent()) || !Files.isRegularFile(stale, NOFOLLOW)) {
                continue; // gone, replaced by the user with a folder or link, or reached through a link: not ours
            }
            try {
                faults.before(WriteFaults.Step.REMOVE, path);
                Files.delete(stale);
                removed++;
                removeEmptyParents(stale.getParent());
            } catch (IOException e) {
                notRemoved.add(path);
            }
        }
        Set<String> owned = new TreeSet<>(written);
        owned.addAll(notRemoved);
        writeManifest(owned);
        deleteTree(backup);
        deleteTree(staging);
        committed = true;
        result = new Result(written.size(), staged.size(), unchanged.get(), removed, notRemoved);
        return result;
    }

    /** What would stop the staged files from being moved into place without harming something not Lectern's. */
    private List<OutputRefusedException.Problem> problemsInTheWay() {
        Set<Path> reported = new TreeSet<>();
        List<OutputRefusedException.Problem> problems = new ArrayList<>();
        int more = 0;
        for (String path : staged.keySet()) {
            Path target = out.resolve(path);
            Path where = null;
            String message = null;
            String hint = null;
            Path blocking = firstNonFolder(target.getParent());
            if (blocking == null && knownMissing(target.getParent())) {
                continue; // nothing is in a folder that does not exist
            }
            if (blocking != null) {
                where = blocking;
                message = Files.isSymbolicLink(blocking)
                        ? "is a symbolic link where Lectern needs a folder; it does not write through links"
                        : "is a file where Lectern needs a folder";
                hint = "move it out of the output folder, or build into another folder with --out";
            } else if (Files.isSymbolicLink(target)) {
                where = target;
                message = "is a symbolic link; Lectern does not write over links";
                hint = "remove the link, or build into another folder with --out";
            } else if (Files.isDirectory(target, NOFOLLOW)) {
                where = target;
                message = "is a folder where Lectern writes a file";
                hint = "move the folder out of the output folder, or build into another folder with --out";
            } else if (Files.exists(target, NOFOLLOW) && !previous.contains(path)) {
                where = target;
                message = "exists and was not written by Lectern, which never replaces such a file";
                hint = "move or delete it (Lectern writes its own), or build into another folder with --out";
            }
            if (where == null || !reported.add(where)) {
                continue;
            }
            if (problems.size() < MAX_LISTED) {
                problems.add(new OutputRefusedException.Problem(where, message, hint));
            } else {
                more++;
            }
        }
        if (more > 0) {
            problems.add(new OutputRefusedException.Problem(out, more + " more files are in the way",
                    "clear the output folder of files Lectern did not write, or build into another folder"));
        }
        return problems;
    }

    /** Puts every replaced file back and removes every placed one, so the previous site is as it was. */
    private void rollBack(List<String> movedFolders, List<String> moved, Map<String, Path> backedUp,
                          Exception cause) {
        List<Runnable> steps = new ArrayList<>();
        for (String path : moved) {
            steps.add(() -> unchecked(() -> Files.deleteIfExists(out.resolve(path))));
        }
        backedUp.forEach((path, saved) -> steps.add(() -> unchecked(() -> move(saved, out.resolve(path)))));
        for (String path : moved) {
            steps.add(() -> removeEmptyParents(out.resolve(path).getParent()));
        }
        for (String folder : movedFolders) {
            // back into the staging folder, which is discarded when the writer closes
            steps.add(() -> unchecked(() -> move(out.resolve(folder), staging.resolve(TREE).resolve(folder))));
            steps.add(() -> removeEmptyParents(out.resolve(folder).getParent()));
        }
        steps.add(() -> unchecked(() -> writeManifest(previous)));
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                cause.addSuppressed(e.getCause() != null ? e.getCause() : e);
            }
        }
    }

    /**
     * Discards anything staged and not committed and any state prepared and not installed, and releases the lock.
     * The lock file itself stays: deleting it while another build may be opening it would let two builds each lock
     * a different file.
     */
    @Override
    public void close() throws IOException {
        closed = true;
        try {
            if (!committed) {
                deleteTree(staging);
                deleteTree(backup);
            }
            for (String name : preparedState) {
                Files.deleteIfExists(state.resolve(name + ".new"));
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private Set<String> readManifest() throws IOException {
        Path manifest = state.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, NOFOLLOW)) {
            return Set.of();
        }
        Set<String> paths = new TreeSet<>();
        for (String line : new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8).split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && isSafeRelative(path)) {
                paths.add(path);
            }
        }
        return paths;
    }

    /**
     * A manifest line is trusted only when it names a path inside the output folder, outside Lectern's own: no
     * absolute path, no {@code \} or {@code :} (a Windows path), no NUL (no path at all), no empty, {@code .} or
     * {@code ..} part. Told by its characters, which is what resolving it in the output folder would tell: a
     * manifest of 100,000 paths took 0.1 s to check through paths and streams.
     */
    private static boolean isSafeRelative(String path) {
        if (path.equals(STATE_DIR) || path.startsWith(STATE_DIR + "/")) {
            return false;
        }
        int partStart = 0;
        for (int i = 0; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '/';
            if (c == '\\' || c == ':' || c == '\0') {
                return false;
            }
            if (c == '/') {
                int length = i - partStart;
                boolean dot = length >= 1 && length <= 2 && path.charAt(partStart) == '.'
                        && path.charAt(i - 1) == '.';
                if (length == 0 || dot) {
                    return false; // an empty part (or a leading /), . or ..
                }
                partStart = i + 1;
            }
        }
        return true;
    }

    private void writeManifest(Set<String> paths) throws IOException {
        faults.before(WriteFaults.Step.MANIFEST, MANIFEST);
        Path manifest = state.resolve(MANIFEST);
        Path temp = state.resolve(MANIFEST + ".tmp");
        Files.deleteIfExists(temp);
        Files.write(temp, String.join("\n", paths).concat("\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        move(temp, manifest);
    }

    /** Whether every folder from the output folder down to {@code dir} is a real folder or does not exist yet. */
    private boolean inRealFolders(Path dir) {
        return firstNonFolder(dir) == null;
    }

    /** The first path from the output folder down to {@code dir} that is a file or a symbolic link, or null. */
    private Path firstNonFolder(Path dir) {
        List<Path> chain = new ArrayList<>();
        for (Path d = dir; d != null && !d.equals(out) && d.startsWith(out); d = d.getParent()) {
            chain.add(0, d);
        }
        for (Path d : chain) {
            if (Boolean.TRUE.equals(realFolders.get(d))) {
                continue;
            }
            if (missingFolders.contains(d)) {
                return null;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(d, BasicFileAttributes.class, NOFOLLOW); // one call, not two
            } catch (NoSuchFileException e) {
                missingFolders.add(d);
                return null; // nor does anything below it
            } catch (IOException e) {
                return d;
            }
            if (!attributes.isDirectory()) {
                return d;
            }
            realFolders.put(d, Boolean.TRUE);
        }
        return null;
    }

    /**
     * The topmost folder from the output folder down to {@code dir} that does not exist, or null when {@code dir}
     * exists. Asked afresh (not from the cache of real folders), since it decides what may be moved in whole; a
     * folder found missing in this build is missing still (the commit has not moved anything yet).
     */
    private Path topmostMissing(Path dir) {
        Path known = topmostKnownMissing(dir);
        if (known != null) {
            return known; // firstNonFolder found every folder above it real
        }
        Path missing = null;
        for (Path d = dir; d != null && !d.equals(out) && d.startsWith(out); d = d.getParent()) {
            if (Files.exists(d, NOFOLLOW)) {
                break;
            }
            missing = d;
        }
        return missing;
    }

    /** Whether {@code dir}, or a folder above it, was found missing by {@link #firstNonFolder} in this build. */
    private boolean knownMissing(Path dir) {
        return topmostKnownMissing(dir) != null;
    }

    /** The topmost of {@code dir} and the folders above it that {@link #firstNonFolder} found missing, or null. */
    private Path topmostKnownMissing(Path dir) {
        Path known = null;
        for (Path d = dir; d != null && !d.equals(out) && d.startsWith(out); d = d.getParent()) {
            if (missingFolders.contains(d)) {
                known = d;
            }
        }
        return known;
    }

    /** Removes the folders that removing a file left empty, up to the output folder; best effort. */
    private void removeEmptyParents(Path dir) {
        Path d = dir;
        while (d != null && !d.equals(out) && d.startsWith(out) && Files.isDirectory(d, NOFOLLOW)) {
            try (Stream<Path> entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
                Files.delete(d);
            } catch (IOException e) {
                return; // an empty folder left behind harms no one
            }
            realFolders.remove(d);
            d = d.getParent();
        }
    }

    /** The stamp of the regular file at {@code target} when it holds exactly {@code bytes}, or null. */
    private static FileStamp sameBytes(Path target, byte[] bytes) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, NOFOLLOW);
        } catch (IOException e) {
            return null; // missing or unreadable: staged, and the commit finds what is in the way
        }
        if (!attributes.isRegularFile() || attributes.size() != bytes.length
                || !Arrays.equals(Files.readAllBytes(target), bytes)) {
            return null;
        }
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder of Lectern's own; links inside it are removed, never followed. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, NOFOLLOW)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private interface IoStep {
        void run() throws IOException;
    }

    private static void unchecked(IoStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
