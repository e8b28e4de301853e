package dev.lectern.model;

import dev.lectern.EveryCore;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which listing lines are the same paper: lines whose normalized text is equal, or one a prefix of the
 * other (the same abstract cut at different points). Sorting the normalized texts puts every such pair next to
 * each other, so grouping costs one sort, not a comparison of every pair.
 */
final class PaperIdentity {

    /** A prefix shorter than this is too little evidence that two lines are one paper. */
    static final int MIN_PREFIX_CHARS = 40;

    private PaperIdentity() {
    }

    /** The text two lines are compared by: lower case letters and digits, single spaces. */
    static String key(String plainText) {
        // most abstracts are ASCII, which NFKC leaves as it is: at 100,000 papers the lines' abstracts and keys
        // took 0.9-1.1 s instead of 1.2 s without normalizing them
        String s = (Slugs.isAscii(plainText) ? plainText : Normalizer.normalize(plainText, Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * Groups {@code keys} (one per listing line) into papers. Returns, for each group, the indexes of its lines in
     * ascending order; groups are ordered by their first line's index.
     */
    static List<int[]> group(List<String> keys) {
        int n = keys.size();
        int[] order = sortedByKey(keys);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // Walk the sorted keys keeping the chain of keys that are prefixes of the current one. A short line that
        // is a prefix of two diverging lines is ambiguous: it joins the first branch only.
        ArrayDeque<Integer> chain = new ArrayDeque<>();
        int claimedDepth = 0; // the bottom entries of the chain that already joined a diverging branch
        for (int k = 0; k < n; k++) {
            int current = order[k];
            String key = keys.get(current);
            boolean popped = false;
            while (!chain.isEmpty() && !isPrefix(keys.get(chain.peek()), key)) {
                chain.pop();
                popped = true;
            }
            claimedDepth = popped ? chain.size() : Math.min(claimedDepth, chain.size());
            if (!chain.isEmpty() && (chain.size() > claimedDepth || keys.get(chain.peek()).equals(key))) {
                union(parent, chain.peek(), current);
            }
            chain.push(current);
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<int[]> result = new ArrayList<>(groups.size());
        for (List<Integer> members : groups.values()) {
            result.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
        result.sort(Comparator.comparingInt(g -> g[0]));
        return result;
    }

    /**
     * The indexes of {@code keys} in the order of their keys (equal keys by index). At 100,000 papers, sorting boxed
     * indexes through a chained comparator took over a second of a build; this sorts by the keys' natural order.
     */
    static int[] sortedByKey(List<String> keys) {
        Keyed[] keyed = new Keyed[keys.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = new Keyed(keys.get(i), i);
        }
        EveryCore.sort(keyed, Comparator.naturalOrder()); // a total order: the same on any number of cores
        int[] order = new int[keyed.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = keyed[i].index();
        }
        return order;
    }

    /** A key and the index it has in its list, ordered by key, then index. */
    private record Keyed(String key, int index) implements Comparable<Keyed> {
        @Override
        public int compareTo(Keyed other) {
            int byKey = key.compareTo(other.key);
            return byKey != 0 ? byKey : Integer.compare(index, other.index);
        }
    }

    private static boolean isPrefix(String shorter, String longer) {
        return shorter.equals(longer) || (shorter.length() >= MIN_PREFIX_CHARS && longer.startsWith(shorter));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
