package dev.lectern.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The titles derived from abstracts ({@link TitleDeriver}), remembered across builds: deriving them is a third of
 * the model's work at 100,000 papers, and a rebuild after an edit finds almost all of them unchanged. An abstract is
 * known by a 64-bit fingerprint of its text and whether it was cut; the caller keeps earlier titles where it likes
 * (a build keeps them in its output folder) and hands them in. Thread-safe.
 */
public final class DerivedTitles {

    private final Map<Long, String> earlier;
    private final Map<Long, String> used = new ConcurrentHashMap<>();

    /** @param earlier fingerprint of an abstract ({@link #keyOf}) to the title derived from it by an earlier build */
    public DerivedTitles(Map<Long, String> earlier) {
        this.earlier = earlier;
    }

    /** No titles known yet: every one is derived. */
    public static DerivedTitles none() {
        return new DerivedTitles(Map.of());
    }

    /** The title of {@code abstractText}: the one an earlier build derived from the same text, or a new one. */
    String titleOf(Abstract abstractText) {
        long key = keyOf(abstractText);
        String title = earlier.get(key);
        if (title == null) {
            title = TitleDeriver.titleOf(abstractText);
        }
        used.put(key, title);
        return title;
    }

    /** The titles this build used, by the fingerprint of their abstract: what the next build gets as earlier. */
    public Map<Long, String> used() {
        return used;
    }

    /** The fingerprint of an abstract's text and cut; FNV-1a over its characters, then mixed. */
    static long keyOf(Abstract abstractText) {
        String text = abstractText.tex();
        long h = abstractText.cut() ? 0x9e3779b97f4a7c15L : 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ text.length()) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
