package dev.lectern.model;

import dev.lectern.Fingerprint;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the model's costliest steps found in an earlier build, handed back to the next: the titles derived from
 * abstracts ({@link TitleDeriver}), the related papers of the whole site ({@link RelatedPapers}) and the topics
 * found in it ({@link TopicDiscovery}). A rebuild after an edit finds almost all titles, and unless an abstract or
 * title changed the related papers and topics, as they were; the papers' words are then not even analyzed. Each
 * result is known by a 64-bit fingerprint of its input (an abstract's text and cut; every paper's text as analysis
 * reads it, with the number of related papers asked for, or with the taxonomy and discovery's settings), so a
 * changed input is computed again. The caller keeps the memory where it likes (a build keeps it in its output
 * folder). Thread-safe.
 */
public final class ModelMemory {

    private final Map<Long, String> earlierTitles;
    private final long earlierRelatedKey;
    private final int[][] earlierRelated;
    private final long earlierTopicsKey;
    private final byte[] earlierTopics;
    private final Map<Long, String> titles = new ConcurrentHashMap<>();
    private volatile long relatedKey;
    private volatile int[][] related;
    private volatile long topicsKey;
    private volatile byte[] topics;

    /**
     * @param titles     fingerprint of an abstract ({@link #keyOf(Abstract)}) to the title derived from it
     * @param relatedKey the fingerprint of the input of {@code related}
     * @param related    each paper's related papers, by index, as {@link RelatedPapers#topK} gave them; may be null
     * @param topicsKey  the fingerprint of the input of {@code topics}
     * @param topics     what topic discovery found, as {@link #topics()} gave it; may be null
     */
    public ModelMemory(Map<Long, String> titles, long relatedKey, int[][] related, long topicsKey, byte[] topics) {
        this.earlierTitles = titles;
        this.earlierRelatedKey = relatedKey;
        this.earlierRelated = related;
        this.earlierTopicsKey = topicsKey;
        this.earlierTopics = topics;
    }

    /** Nothing remembered: every result is computed. */
    public static ModelMemory none() {
        return new ModelMemory(Map.of(), 0, null, 0, null);
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

    /**
     * The related papers of {@code papers} papers whose input has fingerprint {@code key}: what an earlier build
     * found for the very same input, or {@code compute}'s.
     */
    int[][] related(long key, int papers, Supplier<int[][]> compute) {
        int[][] found = earlierRelated != null && key == earlierRelatedKey && earlierRelated.length == papers
                ? earlierRelated
                : compute.get();
        relatedKey = key;
        related = found;
        return found;
    }

    /**
     * What topic discovery finds for {@code papers} papers whose input has fingerprint {@code key}: what an earlier
     * build found for the very same input, or {@code compute}'s.
     */
    TopicDiscovery.Result topics(long key, int papers, Supplier<TopicDiscovery.Result> compute) {
        TopicDiscovery.Result found = null;
        if (earlierTopics != null && key == earlierTopicsKey) {
            try {
                found = TopicsCodec.decode(earlierTopics);
            } catch (IOException e) {
                found = null; // damaged: computed again
            }
        }
        byte[] bytes = earlierTopics;
        if (found == null || found.matches().size() != papers) {
            found = compute.get();
            bytes = TopicsCodec.encode(found);
        }
        topicsKey = key;
        topics = bytes;
        return found;
    }

    /**
     * Whether this build found nothing its memory did not hold already: every title, the related papers and the
     * topics came from the earlier build, and no title went unused. Then there is nothing new to keep (at 100,000
     * papers, writing the memory again took half a second of a rebuild).
     */
    public boolean sameAsEarlier() {
        return related == earlierRelated && relatedKey == earlierRelatedKey && topics == earlierTopics
                && topicsKey == earlierTopicsKey && titles.equals(earlierTitles);
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

    /** The fingerprint of the input of {@link #topics()}. */
    public long topicsKey() {
        return topicsKey;
    }

    /** What this build's topic discovery found, encoded, or null when it ran none. */
    public byte[] topics() {
        return topics;
    }

    static long keyOf(Abstract abstractText) {
        return new Fingerprint().add(abstractText.cut() ? 1 : 2).add(abstractText.tex()).value();
    }

    /**
     * The fingerprint of every paper's text as analysis reads it: its title when the title is a real one (null when
     * it was derived), and its text.
     */
    static long keyOfTexts(List<String> titles, List<String> texts) {
        Fingerprint f = new Fingerprint().add(3).add(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String title = titles.get(i);
            f.add(title == null ? 0 : 1);
            if (title != null) {
                f.add(title);
            }
            f.add(texts.get(i));
        }
        return f.value();
    }

    /** The fingerprint of related papers' input: the texts' ({@link #keyOfTexts}) and how many are asked for. */
    static long keyOfRelated(long texts, int k) {
        return new Fingerprint().add(4).add(texts).add(k).value();
    }

    /**
     * The fingerprint of topic discovery's input: the texts' ({@link #keyOfTexts}), the taxonomy, whether topics are
     * discovered and the fewest papers a discovered topic has.
     */
    static long keyOfTopics(long texts, List<TopicDefinition> taxonomy, boolean discover, int minPapers) {
        Fingerprint f = new Fingerprint().add(5).add(texts).add(discover ? 1 : 0).add(minPapers)
                .add(taxonomy.size());
        for (TopicDefinition t : taxonomy) {
            f.add(t.name()).add(t.slug()).add(t.description() == null ? 0 : 1);
            if (t.description() != null) {
                f.add(t.description());
            }
            for (List<String> words : List.of(t.phrases(), t.acronyms(), t.synonyms())) {
                f.add(words.size());
                words.forEach(f::add);
            }
        }
        return f.value();
    }
}
