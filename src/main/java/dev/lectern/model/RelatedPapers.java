package dev.lectern.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds each paper's most similar papers by TF-IDF cosine over analyzed terms. Sub-quadratic: an inverted index is
 * searched with each paper's highest-weighted terms only, and terms that occur in a large share of all papers are
 * left out of the search (they carry little weight anyway). Ties are broken by paper order, so results are
 * deterministic.
 */
final class RelatedPapers {

    /** Terms of a paper used to search for its neighbours. */
    static final int QUERY_TERMS = 24;
    /** Terms found in more than this share of papers are not searched. */
    static final double MAX_DOCUMENT_SHARE = 0.08;
    /** On small sites every term in up to this many papers is searched, however common it is among them. */
    static final int MIN_SEARCHED_DF = 50;

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
        Map<String, Integer> termIds = new HashMap<>();
        int[][] docTerms = new int[n][];
        float[][] docWeights = new float[n][];
        List<int[]> counts = new ArrayList<>(n);
        for (List<String> doc : documents) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String term : doc) {
                tf.merge(termIds.computeIfAbsent(term, t -> termIds.size()), 1, Integer::sum);
            }
            int[] pairs = new int[tf.size() * 2];
            int p = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                pairs[p++] = e.getKey();
                pairs[p++] = e.getValue();
            }
            counts.add(pairs);
        }
        int terms = termIds.size();
        int[] df = new int[terms];
        for (int[] pairs : counts) {
            for (int p = 0; p < pairs.length; p += 2) {
                df[pairs[p]]++;
            }
        }
        float[] idf = new float[terms];
        for (int t = 0; t < terms; t++) {
            idf[t] = (float) Math.log((double) n / df[t]);
        }
        for (int d = 0; d < n; d++) {
            int[] pairs = counts.get(d);
            int size = pairs.length / 2;
            Integer[] order = new Integer[size];
            float[] w = new float[size];
            double norm = 0;
            for (int i = 0; i < size; i++) {
                w[i] = (float) ((1 + Math.log(pairs[2 * i + 1])) * idf[pairs[2 * i]]);
                norm += (double) w[i] * w[i];
                order[i] = i;
            }
            float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            Arrays.sort(order, (a, b) -> {
                int c = Float.compare(w[b], w[a]);
                return c != 0 ? c : Integer.compare(pairs[2 * a], pairs[2 * b]);
            });
            docTerms[d] = new int[size];
            docWeights[d] = new float[size];
            for (int i = 0; i < size; i++) {
                docTerms[d][i] = pairs[2 * order[i]];
                docWeights[d][i] = w[order[i]] * inv;
            }
        }
        int maxDf = Math.max(MIN_SEARCHED_DF, (int) (n * MAX_DOCUMENT_SHARE));
        int[][] postings = invertedIndex(docTerms, df, terms, maxDf);
        float[][] postingWeights = postingWeights(docTerms, docWeights, postings, terms, maxDf);
        int[][] result = new int[n][];
        IntStream.range(0, n).parallel().forEach(d ->
                result[d] = search(d, docTerms[d], docWeights[d], df, maxDf, postings, postingWeights, n, k));
        return result;
    }

    private static int[][] invertedIndex(int[][] docTerms, int[] df, int terms, int maxDf) {
        int[][] postings = new int[terms][];
        int[] fill = new int[terms];
        for (int t = 0; t < terms; t++) {
            postings[t] = df[t] <= maxDf ? new int[df[t]] : null;
        }
        for (int d = 0; d < docTerms.length; d++) {
            for (int t : docTerms[d]) {
                if (postings[t] != null) {
                    postings[t][fill[t]++] = d;
                }
            }
        }
        return postings;
    }

    private static float[][] postingWeights(int[][] docTerms, float[][] docWeights, int[][] postings, int terms,
                                            int maxDf) {
        float[][] weights = new float[terms][];
        int[] fill = new int[terms];
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
        return weights;
    }

    private static int[] search(int d, int[] terms, float[] weights, int[] df, int maxDf, int[][] postings,
                                float[][] postingWeights, int n, int k) {
        Map<Integer, Float> scores = new HashMap<>();
        int used = 0;
        for (int i = 0; i < terms.length && used < QUERY_TERMS; i++) {
            int t = terms[i];
            if (df[t] < 2 || df[t] > maxDf) {
                continue;
            }
            used++;
            int[] docs = postings[t];
            float[] w = postingWeights[t];
            for (int j = 0; j < docs.length; j++) {
                if (docs[j] != d) {
                    scores.merge(docs[j], weights[i] * w[j], Float::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Float>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .mapToInt(Map.Entry::getKey)
                .toArray();
    }
}
