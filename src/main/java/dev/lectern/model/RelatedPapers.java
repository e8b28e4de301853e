package dev.lectern.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds each paper's most similar papers by TF-IDF cosine over analyzed terms. Sub-quadratic: each paper searches an
 * inverted index with its {@link #QUERY_TERMS} highest-weighted terms only, and each term's postings keep only the
 * {@link #CHAMPIONS} papers where the term weighs most ("champion lists"), so a search costs at most
 * {@code QUERY_TERMS * CHAMPIONS} steps however many papers there are. Below that many papers per term, the search
 * is exact. Ties are broken by paper order, so results are deterministic.
 */
final class RelatedPapers {

    /** Terms of a paper used to search for its neighbours. */
    static final int QUERY_TERMS = 24;
    /** Postings kept per term: the papers where it weighs most. */
    static final int CHAMPIONS = 256;

    private RelatedPapers() {
    }

    /**
     * For each document (its analyzed terms), the indexes of the {@code k} most similar other documents, most similar
     * first. Documents with no shared terms are not related.
     */
    static int[][] topK(List<List<String>> documents, int k) {
        int n = documents.size();
        if (k <= 0 || n < 2) {
            return new int[n][0];
        }
        // term ids in order of first appearance, so that ties between equal weights fall the same way every time
        Map<String, Integer> termIds = new HashMap<>();
        int[][] docTerms = new int[n][];
        int[][] docCounts = new int[n][];
        for (int d = 0; d < n; d++) {
            List<String> doc = documents.get(d);
            int[] ids = new int[doc.size()];
            for (int i = 0; i < ids.length; i++) {
                String term = doc.get(i);
                Integer id = termIds.get(term);
                if (id == null) {
                    id = termIds.size();
                    termIds.put(term, id);
                }
                ids[i] = id;
            }
            Arrays.sort(ids);
            int distinct = 0;
            int[] counts = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                if (distinct > 0 && ids[distinct - 1] == ids[i]) {
                    counts[distinct - 1]++;
                } else {
                    ids[distinct] = ids[i];
                    counts[distinct++] = 1;
                }
            }
            docTerms[d] = Arrays.copyOf(ids, distinct);
            docCounts[d] = Arrays.copyOf(counts, distinct);
        }
        int terms = termIds.size();
        int[] df = new int[terms];
        for (int[] ts : docTerms) {
            for (int t : ts) {
                df[t]++;
            }
        }
        float[][] docWeights = new float[n][];
        IntStream.range(0, n).parallel().forEach(d -> {
            int[] ts = docTerms[d];
            float[] w = new float[ts.length];
            double norm = 0;
            for (int i = 0; i < ts.length; i++) {
                w[i] = (float) ((1 + Math.log(docCounts[d][i])) * Math.log((double) n / df[ts[i]]));
                norm += (double) w[i] * w[i];
            }
            float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < w.length; i++) {
                w[i] *= inv;
            }
            // strongest terms first, ties by term id
            sortByWeight(ts, w);
            docWeights[d] = w;
        });
        int[][] postings = new int[terms][];
        float[][] postingWeights = new float[terms][];
        buildChampionLists(docTerms, docWeights, df, postings, postingWeights);
        int[][] result = new int[n][];
        ThreadLocal<float[]> scores = ThreadLocal.withInitial(() -> new float[n]);
        ThreadLocal<int[]> touched = ThreadLocal.withInitial(() -> new int[QUERY_TERMS * CHAMPIONS]);
        IntStream.range(0, n).parallel().forEach(d -> result[d] = search(d, docTerms[d], docWeights[d], df,
                postings, postingWeights, k, scores.get(), touched.get()));
        return result;
    }

    private static void sortByWeight(int[] terms, float[] weights) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Float.compare(weights[b], weights[a]);
            return c != 0 ? c : Integer.compare(terms[a], terms[b]);
        });
        int[] t = terms.clone();
        float[] w = weights.clone();
        for (int i = 0; i < order.length; i++) {
            terms[i] = t[order[i]];
            weights[i] = w[order[i]];
        }
    }

    /** Each term's postings, the papers where it weighs most first, at most {@link #CHAMPIONS} of them. */
    private static void buildChampionLists(int[][] docTerms, float[][] docWeights, int[] df, int[][] postings,
                                           float[][] postingWeights) {
        int terms = df.length;
        int[] fill = new int[terms];
        for (int t = 0; t < terms; t++) {
            postings[t] = df[t] >= 2 ? new int[df[t]] : null;
        }
        for (int d = 0; d < docTerms.length; d++) {
            for (int t : docTerms[d]) {
                if (postings[t] != null) {
                    postings[t][fill[t]++] = d;
                }
            }
        }
        // the weight of term t in doc d, found by binary search would be slow; collect it alongside instead
        float[][] weights = new float[terms][];
        Arrays.fill(fill, 0);
        for (int t = 0; t < terms; t++) {
            weights[t] = postings[t] == null ? null : new float[postings[t].length];
        }
        for (int d = 0; d < docTerms.length; d++) {
            for (int i = 0; i < docTerms[d].length; i++) {
                int t = docTerms[d][i];
                if (weights[t] != null) {
                    weights[t][fill[t]++] = docWeights[d][i];
                }
            }
        }
        IntStream.range(0, terms).parallel().forEach(t -> {
            if (postings[t] == null) {
                return;
            }
            int[] docs = postings[t];
            float[] w = weights[t];
            if (docs.length > CHAMPIONS) {
                sortByWeight(docs, w); // stronger first, ties by paper order
                postings[t] = Arrays.copyOf(docs, CHAMPIONS);
                postingWeights[t] = Arrays.copyOf(w, CHAMPIONS);
            } else {
                postingWeights[t] = w;
            }
        });
    }

    private static int[] search(int d, int[] terms, float[] weights, int[] df, int[][] postings,
                                float[][] postingWeights, int k, float[] scores, int[] touched) {
        int hits = 0;
        int used = 0;
        for (int i = 0; i < terms.length && used < QUERY_TERMS; i++) {
            int t = terms[i];
            if (postings[t] == null) {
                continue;
            }
            used++;
            int[] docs = postings[t];
            float[] w = postingWeights[t];
            float q = weights[i];
            for (int j = 0; j < docs.length; j++) {
                int other = docs[j];
                if (other == d) {
                    continue;
                }
                if (scores[other] == 0) {
                    touched[hits++] = other;
                }
                scores[other] += q * w[j];
            }
        }
        // the k best by score, ties by paper order: a small insertion-sorted list
        int[] best = new int[Math.min(k, hits)];
        float[] bestScore = new float[best.length];
        int size = 0;
        for (int h = 0; h < hits; h++) {
            int other = touched[h];
            float s = scores[other];
            scores[other] = 0;
            if (s <= 0) {
                continue;
            }
            if (size == best.length && !better(s, other, bestScore[size - 1], best[size - 1])) {
                continue;
            }
            int pos = size == best.length ? size - 1 : size++;
            while (pos > 0 && better(s, other, bestScore[pos - 1], best[pos - 1])) {
                best[pos] = best[pos - 1];
                bestScore[pos] = bestScore[pos - 1];
                pos--;
            }
            best[pos] = other;
            bestScore[pos] = s;
        }
        return Arrays.copyOf(best, size);
    }

    private static boolean better(float score, int doc, float otherScore, int otherDoc) {
        return score > otherScore || (score == otherScore && doc < otherDoc);
    }
}
