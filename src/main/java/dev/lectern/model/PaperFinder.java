package dev.lectern.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the paper a reference means: a slug, or the first words of its abstract. A reference that matches none
 * or several papers gets the closest candidates, for a message that helps to fix it.
 */
final class PaperFinder {

    /** An abstract prefix shorter than this, in normalized characters, is too vague to name a paper. */
    static final int MIN_MATCH_CHARS = 20;

    /** The paper found ({@code index} >= 0), or why none was and what to write instead. */
    record Result(int index, String problem, String hint) {
        static Result found(int index) {
            return new Result(index, null, null);
        }
    }

    private final List<String> keys;
    private final List<String> slugs;
    private final List<String> titles;
    private final Integer[] byKey;
    private final Map<String, Integer> bySlug = new HashMap<>();

    PaperFinder(List<String> keys, List<String> slugs, List<String> titles) {
        this.keys = keys;
        this.slugs = slugs;
        this.titles = titles;
        this.byKey = new Integer[keys.size()];
        for (int i = 0; i < byKey.length; i++) {
            byKey[i] = i;
            bySlug.put(slugs.get(i), i);
        }
        Arrays.sort(byKey, Comparator.comparing((Integer i) -> keys.get(i)).thenComparingInt(i -> i));
    }

    /** Finds by slug if given, else by abstract prefix; {@code fallbackSlug} is tried when neither is given. */
    Result find(String slug, String match, String fallbackSlug) {
        if (slug != null && !slug.isBlank()) {
            return bySlug(slug.strip());
        }
        if (match != null && !match.isBlank()) {
            return byPrefix(match);
        }
        if (fallbackSlug != null) {
            Result r = bySlug(fallbackSlug);
            if (r.index() >= 0) {
                return r;
            }
            return new Result(-1, "the file has neither `match:` nor `slug:`, and no paper has the slug '"
                    + fallbackSlug + "'", "add `match:` with the first words of the paper's abstract");
        }
        return new Result(-1, "no reference given", "add `match:` with the first words of the paper's abstract");
    }

    Result bySlug(String slug) {
        Integer index = bySlug.get(slug);
        if (index != null) {
            return Result.found(index);
        }
        List<String> near = slugs.stream()
                .sorted(Comparator.comparingInt((String s) -> -commonPrefix(s, slug)).thenComparing(s -> s))
                .limit(3).toList();
        return new Result(-1, "no paper has the slug '" + slug + "'", "closest slugs: " + String.join(", ", near));
    }

    Result byPrefix(String match) {
        String key = PaperIdentity.key(TexText.plain(match));
        if (key.length() < MIN_MATCH_CHARS) {
            return new Result(-1, "`match: " + match + "` is too short to name one paper",
                    "quote at least the abstract's first " + MIN_MATCH_CHARS + " characters");
        }
        int at = lowerBound(key);
        List<Integer> hits = new ArrayList<>();
        for (int k = at; k < byKey.length && keys.get(byKey[k]).startsWith(key); k++) {
            hits.add(byKey[k]);
        }
        // a paper cut shorter than the quoted text still matches when its whole text starts the quote
        if (hits.isEmpty() && at > 0) {
            String before = keys.get(byKey[at - 1]);
            if (before.length() >= PaperIdentity.MIN_PREFIX_CHARS && key.startsWith(before)) {
                hits.add(byKey[at - 1]);
            }
        }
        if (hits.size() == 1) {
            return Result.found(hits.get(0));
        }
        if (hits.size() > 1) {
            return new Result(-1, "`match:` fits " + hits.size() + " papers",
                    "quote more of the abstract; it fits " + describe(hits.subList(0, Math.min(3, hits.size()))));
        }
        List<Integer> near = new ArrayList<>();
        for (int k = Math.max(0, at - 1); k < Math.min(byKey.length, at + 2); k++) {
            near.add(byKey[k]);
        }
        near.sort(Comparator.comparingInt((Integer i) -> -commonPrefix(keys.get(i), key)).thenComparingInt(i -> i));
        return new Result(-1, "no abstract starts with \u201c" + shorten(match) + "\u201d",
                near.isEmpty() ? "check the listing" : "closest papers: " + describe(near.subList(0, Math.min(2, near.size()))));
    }

    private String describe(List<Integer> indexes) {
        List<String> parts = new ArrayList<>();
        for (int i : indexes) {
            parts.add(slugs.get(i) + " (\u201c" + shorten(titles.get(i)) + "\u201d)");
        }
        return String.join("; ", parts);
    }

    private int lowerBound(String key) {
        int lo = 0;
        int hi = byKey.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys.get(byKey[mid]).compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
