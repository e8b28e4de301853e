package dev.lectern.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a build into the output folder without ever leaving it half-written:
 * <ol>
 *   <li>files whose bytes differ from what is there are written to a staging folder inside the output folder;
 *       files that are unchanged are not touched, so they keep their modification time;</li>
 *   <li>{@link #commit()} moves the staged files into place, keeping the replaced ones until all moves succeeded
 *       (any failure puts them back), then removes files that an earlier build wrote and this one did not;</li>
 *   <li>a manifest records what Lectern wrote: only those files are ever removed, a user's own files stay.</li>
 * </ol>
 * A lock file keeps two builds from writing into one folder at once. Closing without commit discards the staging
 * folder and leaves the previous site exactly as it was.
 */
public final class SiteWriter implements OutputSink, AutoCloseable {

    /** Lectern's own folder inside the output folder: lock, manifest and staging. */
    public static final String STATE_DIR = ".lectern";
    static final String MANIFEST = "manifest.txt";

    private final Path out;
    private final Path state;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Set<String> written = new ConcurrentSkipListSet<>();
    private final Set<String> staged = new ConcurrentSkipListSet<>();
    private final AtomicInteger unchanged = new AtomicInteger();
    private boolean committed;
    private Result result;

    /** What a commit did. */
    public record Result(int files, int changed, int unchanged, int removed) {
    }

    private SiteWriter(Path out, Path state, FileChannel lockChannel, FileLock lock) throws IOException {
        this.out = out;
        this.state = state;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.staging = state.resolve("staging");
        deleteTree(staging);
        deleteTree(state.resolve("backup"));
        Files.createDirectories(staging);
    }

    /**
     * Opens {@code out} for writing, creating it if needed, and takes its lock.
     *
     * @throws OutputLockedException when another build holds the lock
     */
    public static SiteWriter open(Path out) throws IOException {
        Files.createDirectories(out);
        Path state = out.resolve(STATE_DIR);
        Files.createDirectories(state);
        FileChannel channel = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new OutputLockedException(out);
        }
        try {
            return new SiteWriter(out, state, channel, lock);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    @Override
    public void write(OutputFile file) throws IOException {
        if (file.path().equals(STATE_DIR) || file.path().startsWith(STATE_DIR + "/")) {
            throw new IllegalArgumentException("the output path " + file.path() + " is Lectern's own");
        }
        if (!written.add(file.path())) {
            throw new IllegalStateException("two files for one path: " + file.path());
        }
        Path target = out.resolve(file.path());
        if (sameBytes(target, file.bytes())) {
            unchanged.incrementAndGet();
            return;
        }
        Path stagedFile = staging.resolve(file.path());
        Files.createDirectories(stagedFile.getParent());
        Files.write(stagedFile, file.bytes());
        staged.add(file.path());
    }

    /** Moves the staged files into place and removes what earlier builds wrote and this one did not. */
    public Result commit() throws IOException {
        if (committed) {
            return result;
        }
        Set<String> previous = readManifest();
        Path backup = state.resolve("backup");
        List<String> moved = new ArrayList<>();
        List<String> backedUp = new ArrayList<>();
        try {
            for (String path : staged) {
                Path target = out.resolve(path);
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("cannot write " + target + ": a folder is in the way");
                }
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path saved = backup.resolve(path);
                    Files.createDirectories(saved.getParent());
                    move(target, saved);
                    backedUp.add(path);
                }
                Files.createDirectories(target.getParent());
                move(staging.resolve(path), target);
                moved.add(path);
            }
        } catch (IOException | RuntimeException e) {
            rollBack(moved, backedUp, backup);
            throw e;
        }
        int removed = 0;
        for (String path : previous) {
            if (!written.contains(path)) {
                Path stale = out.resolve(path);
                if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(stale)) {
                    removed++;
                    removeEmptyParents(stale.getParent());
                }
            }
        }
        writeManifest();
        deleteTree(backup);
        deleteTree(staging);
        committed = true;
        result = new Result(written.size(), staged.size(), unchanged.get(), removed);
        return result;
    }

    private void rollBack(List<String> moved, List<String> backedUp, Path backup) throws IOException {
        for (String path : moved) {
            Files.deleteIfExists(out.resolve(path));
        }
        for (String path : backedUp) {
            move(backup.resolve(path), out.resolve(path));
        }
        for (String path : moved) {
            removeEmptyParents(out.resolve(path).getParent());
        }
    }

    /** Discards anything staged and not committed, and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                deleteTree(staging);
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private Set<String> readManifest() throws IOException {
        Path manifest = state.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return Set.of();
        }
        Set<String> paths = new TreeSet<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String path = line.strip();
            if (!path.isEmpty() && isSafeRelative(path)) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** A manifest line is trusted only when it names a path inside the output folder. */
    private boolean isSafeRelative(String path) {
        if (path.startsWith("/") || path.contains("\\") || path.startsWith(STATE_DIR + "/")) {
            return false;
        }
        if (Arrays.stream(path.split("/")).anyMatch(p -> p.isEmpty() || p.equals("..") || p.equals("."))) {
            return false;
        }
        Path resolved = out.resolve(path).normalize();
        return resolved.startsWith(out.normalize());
    }

    private void writeManifest() throws IOException {
        Path manifest = state.resolve(MANIFEST);
        Path temp = state.resolve(MANIFEST + ".tmp");
        Files.write(temp, String.join("\n", new TreeSet<>(written)).concat("\n").getBytes(StandardCharsets.UTF_8));
        move(temp, manifest);
    }

    private void removeEmptyParents(Path dir) throws IOException {
        Path d = dir;
        while (d != null && !d.equals(out) && d.startsWith(out)) {
            try {
                if (!Files.deleteIfExists(d)) {
                    return;
                }
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            d = d.getParent();
        }
    }

    private static boolean sameBytes(Path target, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.size(target) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), bytes);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
