package dev.lectern.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches what a site is built from ({@code site.yml}, {@code seeds/}, {@code content/}, {@code templates/}) and
 * calls back once per burst of changes, after a short quiet spell, so that an editor's save (temporary file, rename,
 * write) rebuilds once. The output folder is never watched, so the rebuild's own writes do not trigger another one.
 */
final class SourceWatcher implements AutoCloseable {

    /** What a site is built from, besides site.yml. */
    static final List<String> SOURCES = List.of("seeds", "content", "templates");
    private static final long QUIET_MILLIS = 150;

    private final Path site;
    private final Path out;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    /** Starts watching {@code site}; {@code onChange} runs on the watcher's thread. */
    static SourceWatcher start(Path site, Path out, Runnable onChange) throws IOException {
        return new SourceWatcher(site, out, onChange);
    }

    private SourceWatcher(Path site, Path out, Runnable onChange) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.watcher = FileSystems.getDefault().newWatchService();
        register(this.site);
        for (String source : SOURCES) {
            registerTree(this.site.resolve(source));
        }
        this.thread = new Thread(() -> loop(onChange), "lectern-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Runnable onChange) {
        try {
            while (!closed) {
                WatchKey key = watcher.take();
                boolean relevant = handle(key);
                // collect the rest of the burst
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(more);
                }
                if (relevant && !closed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the key's events concern the sources; registers folders that appeared. */
    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (changed.startsWith(out)) {
                continue;
            }
            if (folder.equals(site)) {
                String name = changed.getFileName().toString();
                if (name.equals("site.yml")) {
                    relevant = true;
                } else if (SOURCES.contains(name)) {
                    relevant = true;
                    registerTree(changed);
                }
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) || root.startsWith(out)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) tree.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.startsWith(out))::iterator) {
                register(dir);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a folder that vanished while being walked is watched again when it comes back
        }
    }

    private void register(Path dir) {
        try {
            WatchKey key = dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            folders.put(key, dir);
        } catch (IOException e) {
            // unreadable folders are skipped; the build reports them
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        watcher.close();
        thread.interrupt();
    }
}
