package dev.lectern.model;

import dev.lectern.Lazy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the paper a reference means: an arXiv id (known from the papers' notes), a slug, or the first words of its
 * abstract. A reference that matches none or several papers gets the closest candidates, for a message that helps
 * to fix it.
 */
final class PaperFinder {

    /** A new-style arXiv id ({@code 2306.13649}, {@code 2306.13649v2}) or an old one ({@code hep-th/9901001}). */
    private static final Pattern ARXIV_ID = Pattern.compile(
            "(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");
    private static final Pattern ARXIV_DECORATION = Pattern.compile(
            "(?i)^(?:arxiv:\\s*|https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/)|(?i)\\.pdf$");
    /** What a slug looks like: lower-case words joined by hyphens, no spaces. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

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
    /** The indexes in the order of their keys, for finding by prefix: sorted when first needed. */
    private final Lazy<int[]> byKey;
    private final Map<String, Integer> bySlug = new HashMap<>();
    private final List<String> arxivIds;
    private final Map<String, List<Integer>> byArxiv = new HashMap<>();

    PaperFinder(List<String> keys, List<String> slugs, List<String> titles) {
        this(keys, slugs, titles, null);
    }

    /** {@code arxivIds} holds each paper's arXiv id from its notes, or null; the list itself may be null. */
    PaperFinder(List<String> keys, List<String> slugs, List<String> titles, List<String> arxivIds) {
        this.keys = keys;
        this.slugs = slugs;
        this.titles = titles;
        this.arxivIds = new ArrayList<>();
        this.byKey = Lazy.of(() -> PaperIdentity.sortedByKey(keys));
        for (int i = 0; i < keys.size(); i++) {
            bySlug.put(slugs.get(i), i);
            String id = arxivIds == null || arxivIds.get(i) == null ? null : arxivId(arxivIds.get(i)).orElse(null);
            this.arxivIds.add(id);
            if (id != null) {
                byArxiv.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /**
     * The arXiv id {@code text} names, without version: {@code arXiv:2306.13649v2} and
     * {@code https://arxiv.org/abs/2306.13649} both name {@code 2306.13649}. Empty when it names none.
     */
    static Optional<String> arxivId(String text) {
        String t = ARXIV_DECORATION.matcher(text.strip()).replaceAll("").strip();
        Matcher m = ARXIV_ID.matcher(t);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Finds the paper a reference names: an arXiv id, a slug, or the first words of its abstract, in that order.
     */
    Result resolve(String ref) {
        if (ref == null || ref.isBlank()) {
            return new Result(-1, "the paper reference is empty",
                    "write the paper's arXiv id, its slug or the first words of its abstract");
        }
        String r = ref.strip();
        Optional<String> id = arxivId(r);
        if (id.isPresent()) {
            return byArxiv(id.get());
        }
        Integer index = bySlug.get(r);
        if (index != null) {
            return Result.found(index);
        }
        if (SLUG.matcher(r).matches() && PaperIdentity.key(r).length() < MIN_MATCH_CHARS * 2) {
            return new Result(-1, "no paper has the slug '" + r + "'",
                    "closest papers: " + describe(closest(slugs, r, 3), false));
        }
        return byPrefix(r, "reference", "reference");
    }

    Result byArxiv(String id) {
        List<Integer> hits = byArxiv.getOrDefault(id, List.of());
        if (hits.size() == 1) {
            return Result.found(hits.get(0));
        }
        if (hits.size() > 1) {
            return new Result(-1, "the arXiv id " + id + " belongs to " + hits.size() + " papers",
                    "give the id in the notes of one of them only: " + describe(hits.subList(0, Math.min(3, hits.size())), true));
        }
        List<String> known = arxivIds.stream().map(a -> a == null ? "" : a).toList();
        List<Integer> near = closest(known, id, 3).stream().filter(i -> arxivIds.get(i) != null).toList();
        return new Result(-1, "no paper has the arXiv id " + id,
                near.isEmpty() ? "no paper's notes give an arXiv id; add `arxiv:` to its notes in content/papers/, "
                        + "or name the paper by slug or the first words of its abstract"
                        : "closest papers: " + describe(near, true)
                        + "; a paper gets its arXiv id from `arxiv:` in its notes in content/papers/");
    }

    /** The {@code n} indexes whose {@code candidates} entry is most like {@code text}, best first. */
    private static List<Integer> closest(List<String> candidates, String text, int n) {
        String t = cap(text);
        Integer[] order = new Integer[candidates.size()];
        int[] distance = new int[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            String c = candidates.get(i);
            // a candidate that contains the text (a slug that has the word) beats any that merely looks alike
            distance[i] = c.isEmpty() ? Integer.MAX_VALUE : c.contains(text) ? 0 : 1 + editDistance(cap(c), t);
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> distance[i]).thenComparing(candidates::get));
        return Arrays.stream(order).limit(n).filter(i -> distance[i] != Integer.MAX_VALUE).toList();
    }

    private static String cap(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60);
    }

    /** Levenshtein distance. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
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
        return byPrefix(match, "`match: " + match + "`", "`match:`");
    }

    /** {@code quoted} names the reference in the message when it is too short, {@code label} otherwise. */
    private Result byPrefix(String match, String quoted, String label) {
        String key = PaperIdentity.key(TexText.plain(match));
        if (key.length() < MIN_MATCH_CHARS) {
            return new Result(-1, ("reference".equals(quoted) ? "\u201c" + shorten(match) + "\u201d" : quoted)
                    + " is too short to name one paper",
                    "quote at least the abstract's first " + MIN_MATCH_CHARS + " characters"
                            + ("reference".equals(quoted) ? ", or give the paper's arXiv id or slug" : ""));
        }
        int[] byKey = this.byKey.get();
        int at = lowerBound(byKey, key);
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
            return new Result(-1, "the " + label + " fits " + hits.size() + " papers",
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
        return describe(indexes, false);
    }

    /** The papers as {@code slug (“title”)}, or {@code 2306.13649 (“title”)} with {@code byArxiv}. */
    private String describe(List<Integer> indexes, boolean byArxivId) {
        List<String> parts = new ArrayList<>();
        for (int i : indexes) {
            String name = byArxivId && arxivIds.get(i) != null ? arxivIds.get(i) : slugs.get(i);
            parts.add(name + " (\u201c" + shorten(titles.get(i)) + "\u201d)");
        }
        return String.join("; ", parts);
    }

    private int lowerBound(int[] byKey, String key) {
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
