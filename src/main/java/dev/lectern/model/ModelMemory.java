package dev.lectern.model;

import dev.lectern.Fingerprint;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the model's costliest steps found in an earlier build, handed back to the next: the titles derived from
 * abstracts ({@link TitleDeriver}, a third of the model's work at 100,000 papers) and the related papers of the
 * whole site ({@link RelatedPapers}, another quarter). A rebuild after an edit finds almost all titles, and unless
 * an abstract or title changed all related papers, as they were. Each result is known by a 64-bit fingerprint of
 * its input (an abstract's text and cut; every paper's analyzed terms and the number asked for), so a changed input
 * is computed again. The caller keeps the memory where it likes (a build keeps it in its output folder).
 * Thread-safe.
 */
public final class ModelMemory {

    private final Map<Long, String> earlierTitles;
    private final long earlierRelatedKey;
    private final int[][] earlierRelated;
    private final Map<Long, String> titles = new ConcurrentHashMap<>();
    private volatile long relatedKey;
    private volatile int[][] related;

    /**
     * @param titles      fingerprint of an abstract ({@link #keyOf(Abstract)}) to the title derived from it
     * @param relatedKey  the fingerprint of the input of {@code related}
     * @param related     each paper's related papers, by index, as {@link RelatedPapers#topK} gave them; may be null
     */
    public ModelMemory(Map<Long, String> titles, long relatedKey, int[][] related) {
        this.earlierTitles = titles;
        this.earlierRelatedKey = relatedKey;
        this.earlierRelated = related;
    }

    /** Nothing remembered: every result is computed. */
    public static ModelMemory none() {
        return new ModelMemory(Map.of(), 0, null);
    }

    /** The title of {@code abstractText}: the one an earlier build derived from the same text, or a new one. */
    String titleOf(Abstract abstractText) {
        long key = keyOf(abstractText);
        String title = earlierTitles.get(key);
        if (title == null) {
            title = TitleDeriver.titleOf(abstractText);
        }
        titles.put(key, title);
        return title;
    }

    /** {@link RelatedPapers#topK}, or what an earlier build found for the very same input. */
    int[][] related(List<List<String>> documents, int k) {
        long key = keyOf(documents, k);
        int[][] found = earlierRelated != null && key == earlierRelatedKey && earlierRelated.length == documents.size()
                ? earlierRelated
                : RelatedPapers.topK(documents, k);
        relatedKey = key;
        related = found;
        return found;
    }

    /** The titles this build used, by the fingerprint of their abstract. */
    public Map<Long, String> titles() {
        return titles;
    }

    /** The fingerprint of the input of {@link #related()}. */
    public long relatedKey() {
        return relatedKey;
    }

    /** The related papers this build found, or null when it found none. */
    public int[][] related() {
        return related;
    }

    static long keyOf(Abstract abstractText) {
        return new Fingerprint().add(abstractText.cut() ? 1 : 2).add(abstractText.tex()).value();
    }

    static long keyOf(List<List<String>> documents, int k) {
        Fingerprint f = new Fingerprint().add(3).add(k).add(documents.size());
        for (List<String> terms : documents) {
            f.add(terms.size());
            for (String term : terms) {
                f.add(term);
            }
        }
        return f.value();
    }
}
