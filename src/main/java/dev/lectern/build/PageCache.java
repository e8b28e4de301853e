package dev.lectern.build;

import dev.lectern.check.LinkChecker;
import dev.lectern.render.SiteRenderer;
import dev.lectern.write.SiteWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What the last build knew of each page (and of each file made from the model: search index, feeds,
 * {@code papers.bib}), kept in the output's {@code .lectern/pages.bin}, so that a rebuild renders only the pages
 * whose view changed. For each page: the fingerprints of its view and of what the view was built from
 * (its inputs, for the pages that take them), the size and modification time its file had once written, and the
 * links and ids the link check read from it.
 *
 * <p>A page is kept when its inputs or, once built, its view have the same fingerprint, the templates and Lectern
 * itself are the same (the theme's fingerprint), and its file still has that size and modification time: a file
 * edited or removed by hand is rendered again. A cache that cannot be read is no error; every page is then rendered,
 * as in a first build.
 */
final class PageCache implements SiteRenderer.PageReuse {

    static final String FILE = "pages.bin";
    private static final String MAGIC = "lectern page cache 4";

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

    private final Map<String, Entry> earlier;
    private final SiteWriter writer;
    private final LinkChecker links;
    /** Pages kept from the last build, to their entry. */
    private final Map<String, Entry> kept = new ConcurrentHashMap<>();
    /** Pages rendered by this build. */
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    private PageCache(Map<String, Entry> earlier, SiteWriter writer, LinkChecker links) {
        this.earlier = earlier;
        this.writer = writer;
        this.links = links;
    }

    /**
     * The cache the last build left in {@code writer}'s output folder, for a build whose theme has
     * {@code themeFingerprint}; empty when there is none, it is unreadable, or it was made with other templates.
     */
    static PageCache open(SiteWriter writer, LinkChecker links, long themeFingerprint) throws IOException {
        Map<String, Entry> earlier = new ConcurrentHashMap<>();
        try (InputStream in = writer.readState(FILE)) {
            if (in != null) {
                read(new Binary.In(in), themeFingerprint, earlier);
            }
        }
        return new PageCache(earlier, writer, links);
    }

    /** A cache that keeps nothing: every page is rendered, and the cache is written afresh. */
    static PageCache empty(SiteWriter writer, LinkChecker links) {
        return new PageCache(new ConcurrentHashMap<>(), writer, links);
    }

    @Override
    public boolean reuseUnbuilt(String path, long inputs) throws IOException {
        Entry entry = earlier.get(path);
        if (entry == null || entry.inputs() != inputs) {
            return false; // the view is built, and reuse decides
        }
        earlier.remove(path);
        return keep(path, entry, inputs);
    }

    @Override
    public boolean reuse(String path, long inputs, long view) throws IOException {
        Entry entry = earlier.remove(path); // its links go to the checker, which keeps them from now on
        return entry != null && entry.view() == view && keep(path, entry, inputs);
    }

    /** Keeps the page at {@code path} if its file is as the last build left it, recording {@code inputs} now. */
    private boolean keep(String path, Entry entry, long inputs) throws IOException {
        if (!writer.keep(path, entry.size(), entry.modifiedNanos())) {
            return false;
        }
        links.add(path, entry.links());
        kept.put(path, new Entry(inputs, entry.view(), entry.size(), entry.modifiedNanos(), null));
        return true;
    }

    @Override
    public void rendered(String path, long inputs, long view) {
        rendered.put(path, new Rendered(inputs, view));
    }

    /** Lets go of what the last build knew of pages this one did not keep; call once every page is rendered. */
    void renderingDone() {
        earlier.clear();
    }

    /** How many pages (HTML files) were kept from the last build. */
    int keptCount() {
        return (int) kept.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }

    /**
     * Writes the cache for the site now in the output folder: the pages kept and the pages rendered, with the
     * size and modification time their files have now and the links the checker holds for them. Call after the
     * writer committed.
     */
    void save(Path out, long themeFingerprint) throws IOException {
        Map<String, Entry> all = new TreeMap<>(kept);
        for (Map.Entry<String, Rendered> page : rendered.entrySet()) {
            BasicFileAttributes attributes = Files.readAttributes(out.resolve(page.getKey()),
                    BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            all.put(page.getKey(), new Entry(page.getValue().inputs(), page.getValue().view(), attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), null));
        }
        writer.writeState(FILE, stream -> write(new Binary.Out(stream), all, themeFingerprint));
    }

    /** Drops the cache: the next build renders every page. */
    static void remove(SiteWriter writer) throws IOException {
        writer.removeState(FILE);
    }

    /*
     * The file: the magic line and the theme's fingerprint, then one record per page (a true boolean first, a false
     * one after the last): path, the two fingerprints, size, modification time, each reference's URL and line, the
     * navigation bits, the ids. Counts, lines and string references are variable-length (Binary.writeVarInt): at
     * 100,000 papers that halves the file. A string is 0 and the string itself, new, or 1 + the index of one seen
     * before it.
     */

    private void write(Binary.Out data, Map<String, Entry> all, long themeFingerprint) throws IOException {
        Map<String, Integer> strings = new HashMap<>();
        data.writeBytes(MAGIC.getBytes(StandardCharsets.UTF_8));
        data.writeLong(themeFingerprint);
        for (Map.Entry<String, Entry> page : all.entrySet()) {
            LinkChecker.Links refs = links.links(page.getKey());
            if (refs == null) {
                refs = NO_LINKS; // a file the link check does not read (search index, feeds)
            }
            Entry entry = page.getValue();
            data.writeBoolean(true);
            writeString(data, page.getKey(), strings);
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
        data.writeBoolean(false);
        data.flush();
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
     * Reads a cache file into {@code entries}; leaves them empty when it is not one, is damaged, or belongs to other
     * templates: a damaged cache only costs the time to render every page.
     */
    private static void read(Binary.In data, long themeFingerprint, Map<String, Entry> entries) {
        try {
            if (!new String(data.readBytes(64), StandardCharsets.UTF_8).equals(MAGIC)
                    || data.readLong() != themeFingerprint) {
                return;
            }
            List<String> strings = new ArrayList<>();
            while (data.readBoolean()) {
                String path = readString(data, strings);
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
                entries.put(path, new Entry(inputs, view, size, modified,
                        new LinkChecker.Links(urls, lines, BitSet.valueOf(words), idList)));
            }
            if (!data.atEnd()) {
                entries.clear();
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
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
