package dev.lectern.build;

import dev.lectern.check.LinkChecker;
import dev.lectern.render.SiteRenderer;
import dev.lectern.write.SiteWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build knew of each page (and of each file made from the model: search index, feeds,
 * {@code papers.bib}), kept in the output's {@code .lectern/pages.bin} and, for what changed since that was written,
 * {@code .lectern/pages-delta.bin}, so that a rebuild renders only the pages whose view changed. For each page: the
 * fingerprints of its view and of what the view was built from (its inputs, for the pages that take them), the size
 * and modification time its file had once written, and the links and ids the link check read from it.
 *
 * <p>A page is kept when its inputs or, once built, its view have the same fingerprint, the templates and Lectern
 * itself are the same (the theme's fingerprint), and its file still has that size and modification time: a file
 * edited or removed by hand is rendered again. A cache that cannot be read is no error; every page is then rendered,
 * as in a first build.
 */
final class PageCache implements SiteRenderer.PageReuse {

    static final String FILE = "pages.bin";
    /** What changed since {@link #FILE} was written, so that a rebuild that changed a few pages writes only those. */
    static final String DELTA = "pages-delta.bin";
    private static final String MAGIC = "lectern page cache 5";
    private static final String DELTA_MAGIC = "lectern page cache delta 5";
    /** A delta longer than this share of the pages is folded into a new {@link #FILE}. */
    private static final int DELTA_SHARE = 8;
    private static final int END = 0;
    private static final int PAGE = 1;
    private static final int REMOVED = 2;

    /**
     * One page as the last build left it: the fingerprints of its view's inputs and of its view (0 for a file that
     * is not a page), its file's size and modification time, and its links.
     */
    private record Entry(long inputs, long view, long size, long modifiedNanos, LinkChecker.Links links) {
    }

    private static final LinkChecker.Links NO_LINKS = new LinkChecker.Links(List.of(), new int[0], new BitSet(),
            List.of());

    /** A page rendered by this build: its fingerprints. */
    private record Rendered(long inputs, long view) {
    }

    /** What {@link #FILE} and {@link #DELTA} hold, read. */
    static final class Earlier {
        final Map<String, Entry> entries = new ConcurrentHashMap<>();
        /** The pages of {@link #FILE}, and those whose entry there is not overridden by {@link #DELTA}. */
        final Set<String> inBase = new HashSet<>();
        final Set<String> asInBase = ConcurrentHashMap.newKeySet();
        /** {@link #FILE}'s number, which its delta names; -1 when it could not be read. */
        long generation = -1;
        /** Every page and file made from the model that the last build had, as read (empty when none was). */
        Set<String> paths = Set.of();
    }

    private final Earlier earlier;
    private final SiteWriter writer;
    private final LinkChecker links;
    /** Pages kept from the last build, to their entry. */
    private final Map<String, Entry> kept = new ConcurrentHashMap<>();
    /** Pages rendered by this build. */
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    /** Which of {@link #FILE} and {@link #DELTA} {@link #prepare} wrote. */
    private volatile String prepared;

    private PageCache(Earlier earlier, SiteWriter writer, LinkChecker links) {
        this.earlier = earlier;
        this.writer = writer;
        this.links = links;
        // the last build checked the links of every page and file it had (the cache is put in place only once a
        // build is committed, which it is only when its links are sound); with the same theme, its other files are
        // this build's too
        if (!earlier.paths.isEmpty()) {
            links.earlierFiles(earlier.paths);
        }
    }

    /**
     * Reads the cache the last build left in the output folder {@code out}, once {@code theme} is loaded (the
     * cache holds for one theme), on another thread: it needs neither the model nor the writer, and the model leaves
     * a core idle much of its time. At 100,000 papers reading it took 0.7 s of the main thread's time in a rebuild.
     *
     * <p>Like the model cache, it is read before the writer takes the output's lock: each state file is replaced in
     * one step, and an entry that a build writing meanwhile made stale names a size and time its file no longer
     * has, so that page is rendered again.
     */
    static CompletableFuture<Earlier> readInBackground(Path out, CompletableFuture<SiteRenderer.Theme> theme) {
        return theme.thenApplyAsync(loaded -> {
            try {
                return read(out, loaded.fingerprint());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The cache of what the last build left in {@code out}, for a build whose theme has {@code themeFingerprint};
     * empty when there is none, it is unreadable, or it was made with other templates.
     */
    static Earlier read(Path out, long themeFingerprint) throws IOException {
        Earlier earlier = new Earlier();
        try (InputStream in = SiteWriter.readState(out, FILE)) {
            if (in != null) {
                read(new Binary.In(in), themeFingerprint, earlier);
            }
        }
        if (earlier.generation >= 0) {
            try (InputStream in = SiteWriter.readState(out, DELTA)) {
                if (in != null) {
                    readDelta(new Binary.In(in), themeFingerprint, earlier);
                }
            }
            earlier.paths = Set.copyOf(earlier.entries.keySet());
        }
        return earlier;
    }

    /** The cache that keeps the pages {@code earlier} (as {@link #read} gave it) describes, for this build. */
    static PageCache of(Earlier earlier, SiteWriter writer, LinkChecker links) {
        return new PageCache(earlier, writer, links);
    }

    /** A cache that keeps nothing: every page is rendered, and the cache is written afresh. */
    static PageCache empty(SiteWriter writer, LinkChecker links) {
        return new PageCache(new Earlier(), writer, links);
    }

    @Override
    public boolean reuseUnbuilt(String path, long inputs) throws IOException {
        Entry entry = earlier.entries.get(path);
        if (entry == null || entry.inputs() != inputs) {
            return false; // the view is built, and reuse decides
        }
        earlier.entries.remove(path);
        return keep(path, entry, inputs);
    }

    @Override
    public boolean reuse(String path, long inputs, long view) throws IOException {
        Entry entry = earlier.entries.remove(path); // its links go to the checker, which keeps them from now on
        if (entry == null) {
            return false;
        }
        if (entry.view() != view) {
            links.earlier(path, entry.links()); // rendered again: the check compares it with what it was
            return false;
        }
        return keep(path, entry, inputs);
    }

    /** Keeps the page at {@code path} if its file is as the last build left it, recording {@code inputs} now. */
    private boolean keep(String path, Entry entry, long inputs) throws IOException {
        if (!writer.keep(path, entry.size(), entry.modifiedNanos())) {
            links.earlier(path, entry.links());
            return false; // rendered instead, which records it
        }
        links.add(path, entry.links());
        kept.put(path, new Entry(inputs, entry.view(), entry.size(), entry.modifiedNanos(), null));
        if (inputs != entry.inputs()) {
            earlier.asInBase.remove(path); // the same page from other inputs: its entry changes
        }
        return true;
    }

    @Override
    public void rendered(String path, long inputs, long view) {
        earlier.asInBase.remove(path);
        rendered.put(path, new Rendered(inputs, view));
    }

    /** Lets go of what the last build knew of pages this one did not keep; call once every page is rendered. */
    void renderingDone() {
        earlier.entries.clear();
    }

    /** Whether this cache may keep pages: it holds what a last build left. */
    boolean keepsPages() {
        return !earlier.paths.isEmpty();
    }

    /** How many pages (HTML files) were kept from the last build. */
    int keptCount() {
        return (int) kept.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }

    /**
     * Writes the cache for the site being committed aside, on another thread (see {@link #prepare}); the returned
     * future completes when it is written, and {@link #install} puts it in place once the site is committed.
     */
    CompletableFuture<Void> prepareInBackground(long themeFingerprint) {
        return CompletableFuture.runAsync(() -> {
            try {
                prepare(themeFingerprint);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Writes aside the cache for the site the writer is about to commit: the pages kept and the pages rendered,
     * with the size and modification time their files have (a commit moves files, which keeps both) and the links
     * the checker holds for them. Call once every page is rendered. When few pages changed since {@link #FILE} was
     * written, only they go to {@link #DELTA} (at 100,000 papers, writing the whole cache was 2.5 s of a rebuild
     * that changed one page). Written while the links are checked and the site committed, it took 2 s of the main
     * thread's time after them in a first build of 100,000 papers.
     */
    void prepare(long themeFingerprint) throws IOException {
        Map<String, Entry> all = new HashMap<>(kept);
        for (Map.Entry<String, Rendered> page : rendered.entrySet()) {
            SiteWriter.FileStamp stamp = writer.stamp(page.getKey());
            if (stamp != null) { // every rendered page was written; without a stamp it would be rendered next time
                all.put(page.getKey(), new Entry(page.getValue().inputs(), page.getValue().view(), stamp.size(),
                        stamp.modifiedNanos(), null));
            }
        }
        // every entry either is the one FILE holds, or goes into the delta
        Map<String, Entry> changed = new TreeMap<>();
        all.forEach((path, entry) -> {
            if (!earlier.asInBase.contains(path)) {
                changed.put(path, entry);
            }
        });
        List<String> removed = earlier.inBase.stream().filter(p -> !all.containsKey(p)).sorted().toList();
        if (earlier.generation >= 0 && (changed.size() + removed.size()) * DELTA_SHARE <= all.size()) {
            long generation = earlier.generation;
            writer.prepareState(DELTA, stream -> write(new Binary.Out(stream), DELTA_MAGIC, changed, removed,
                    themeFingerprint, generation));
            prepared = DELTA;
            return;
        }
        writer.prepareState(FILE, stream -> write(new Binary.Out(stream), MAGIC, new TreeMap<>(all), List.of(),
                themeFingerprint, earlier.generation + 1));
        prepared = FILE;
    }

    /** Puts the cache that {@link #prepare} wrote in place; call after the writer committed. */
    void install() throws IOException {
        if (DELTA.equals(prepared)) {
            writer.installState(DELTA);
            return;
        }
        // a delta left beside the new file could only make the next build render pages again, never keep a
        // wrong one (each entry names the size and time of the file it describes), but it would be read for nothing
        writer.removeState(DELTA);
        writer.installState(FILE);
    }

    /** Drops the cache: the next build renders every page. */
    static void remove(SiteWriter writer) throws IOException {
        writer.removeState(DELTA);
        writer.removeState(FILE);
    }

    /*
     * The files: a magic line, the theme's fingerprint and a number (the file's generation; the delta's is that of
     * the file it amends); then records, each a tag first: a page (path, the two fingerprints, size, modification
     * time, each reference's URL and line, the navigation bits, the ids), a removed page (the delta's only: its
     * path), or the end. Counts, lines and string references are variable-length (Binary.writeVarInt): at 100,000
     * papers that halves the file. A string is 0 and the string itself, new, or 1 + the index of one seen before it.
     */

    /** Writes a cache file (the whole {@link #FILE}, with no removals) or its {@link #DELTA}. */
    private void write(Binary.Out data, String magic, Map<String, Entry> pages, List<String> removed,
                       long themeFingerprint, long generation) throws IOException {
        Map<String, Integer> strings = seenStrings();
        data.writeBytes(magic.getBytes(StandardCharsets.UTF_8));
        data.writeLong(themeFingerprint);
        data.writeLong(generation);
        for (Map.Entry<String, Entry> page : pages.entrySet()) {
            writeEntry(data, page.getKey(), page.getValue(), strings);
        }
        for (String path : removed) {
            data.writeVarInt(REMOVED);
            writeString(data, path, strings);
        }
        data.writeVarInt(END);
        data.flush();
    }

    private void writeEntry(Binary.Out data, String path, Entry entry, Map<String, Integer> strings)
            throws IOException {
        LinkChecker.Links refs = links.links(path);
        if (refs == null) {
            refs = NO_LINKS; // a file the link check does not read (search index, feeds)
        }
        data.writeVarInt(PAGE);
        writeString(data, path, strings);
        data.writeLong(entry.inputs());
        data.writeLong(entry.view());
        data.writeLong(entry.size());
        data.writeLong(entry.modifiedNanos());
        data.writeVarInt(refs.urls().size());
        for (int i = 0; i < refs.urls().size(); i++) {
            writeString(data, refs.urls().get(i), strings);
            data.writeVarInt(refs.lines()[i]);
        }
        long[] navigation = refs.navigation().toLongArray();
        data.writeVarInt(navigation.length);
        for (long word : navigation) {
            data.writeLong(word);
        }
        data.writeVarInt(refs.ids().size());
        for (String id : refs.ids()) {
            writeString(data, id, strings);
        }
    }

    /**
     * The strings written so far, by identity: the link check keeps one copy of each URL and id, so a string seen
     * again is nearly always the same object, and one that is not is only written twice. At 100,000 papers there are
     * millions, and comparing them by content was most of writing the cache.
     */
    private static Map<String, Integer> seenStrings() {
        return new IdentityHashMap<>();
    }

    private static void writeString(Binary.Out data, String s, Map<String, Integer> strings)
            throws IOException {
        Integer index = strings.get(s);
        if (index != null) {
            data.writeVarInt(index + 1);
            return;
        }
        strings.put(s, strings.size());
        data.writeVarInt(0);
        data.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads the cache file into {@code earlier}; leaves it empty when it is not one, is damaged, or belongs to other
     * templates: a damaged cache only costs the time to render every page.
     */
    private static void read(Binary.In data, long themeFingerprint, Earlier earlier) {
        Map<String, Entry> entries = earlier.entries;
        try {
            if (!new String(data.readBytes(64), StandardCharsets.UTF_8).equals(MAGIC)
                    || data.readLong() != themeFingerprint) {
                return;
            }
            long generation = data.readLong();
            List<String> strings = new ArrayList<>();
            for (int tag = data.readVarInt(); tag == PAGE; tag = data.readVarInt()) {
                String path = readString(data, strings);
                entries.put(path, readEntry(data, strings));
            }
            if (!data.atEnd()) {
                throw new IOException("damaged page cache");
            }
            earlier.inBase.addAll(entries.keySet());
            earlier.asInBase.addAll(entries.keySet());
            earlier.generation = generation;
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
    }

    /**
     * Reads the delta into {@code earlier}, over the file it amends; ignores it when it amends another file or is
     * damaged, which only costs rendering the pages it names again (their entries in the file are older, and do not
     * match their files).
     */
    private static void readDelta(Binary.In data, long themeFingerprint, Earlier earlier) {
        Map<String, Entry> pages = new HashMap<>();
        List<String> removed = new ArrayList<>();
        try {
            if (!new String(data.readBytes(64), StandardCharsets.UTF_8).equals(DELTA_MAGIC)
                    || data.readLong() != themeFingerprint || data.readLong() != earlier.generation) {
                return;
            }
            List<String> strings = new ArrayList<>();
            for (int tag = data.readVarInt(); tag != END; tag = data.readVarInt()) {
                String path = readString(data, strings);
                if (tag == PAGE) {
                    pages.put(path, readEntry(data, strings));
                } else if (tag == REMOVED) {
                    removed.add(path);
                } else {
                    throw new IOException("damaged page cache");
                }
            }
            if (!data.atEnd()) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        earlier.entries.putAll(pages);
        earlier.asInBase.removeAll(pages.keySet());
        removed.forEach(earlier.entries::remove);
        earlier.asInBase.removeAll(removed);
    }

    private static Entry readEntry(Binary.In data, List<String> strings) throws IOException {
        long inputs = data.readLong();
        long view = data.readLong();
        long size = data.readLong();
        long modified = data.readLong();
        int n = count(data.readVarInt());
        List<String> urls = new ArrayList<>(Math.min(n, 1024));
        int[] lines = new int[n];
        for (int i = 0; i < n; i++) {
            urls.add(readString(data, strings));
            lines[i] = data.readVarInt();
        }
        long[] words = new long[count(data.readVarInt())];
        for (int i = 0; i < words.length; i++) {
            words[i] = data.readLong();
        }
        int ids = count(data.readVarInt());
        List<String> idList = new ArrayList<>(Math.min(ids, 1024));
        for (int i = 0; i < ids; i++) {
            idList.add(readString(data, strings));
        }
        return new Entry(inputs, view, size, modified, new LinkChecker.Links(urls, lines, BitSet.valueOf(words),
                idList));
    }

    private static String readString(Binary.In data, List<String> strings) throws IOException {
        int index = data.readVarInt();
        if (index > strings.size()) {
            throw new IOException("damaged page cache");
        }
        if (index > 0) {
            return strings.get(index - 1);
        }
        String s = new String(data.readBytes(1 << 24), StandardCharsets.UTF_8);
        strings.add(s);
        return s;
    }

    /** A count read from the file; no page has more than a few million of anything, so more means damage. */
    private static int count(int n) throws IOException {
        if (n < 0 || n > 1 << 24) {
            throw new IOException("damaged page cache");
        }
        return n;
    }
}
