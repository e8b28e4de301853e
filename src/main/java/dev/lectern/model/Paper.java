package dev.lectern.model;

import java.util.List;

/**
 * One paper of the site, however many listings carry it.
 *
 * @param slug         its stable URL name
 * @param title        the real title from its notes, or one derived from the abstract
 * @param titleDerived whether {@link #title} was derived from the abstract
 * @param abstractText the longest version of its abstract among the listings
 * @param occurrences  every listing line that is this paper, in listing order
 * @param topics       the topics it is filed under, most specific first, each with the reason
 * @param related      slugs of the most similar papers, most similar first
 * @param info         metadata and notes from {@code content/papers/}, or {@link PaperInfo#NONE}
 */
public record Paper(String slug, String title, boolean titleDerived, Abstract abstractText,
                    List<Occurrence> occurrences, List<TopicAssignment> topics, List<String> related,
                    PaperInfo info) {

    public Paper {
        occurrences = List.copyOf(occurrences);
        topics = List.copyOf(topics);
        related = List.copyOf(related);
    }

    /** The slugs of the listings this paper is on, in the order of its occurrences, each once. */
    public List<String> listingSlugs() {
        return occurrences.stream().map(Occurrence::listingSlug).distinct().toList();
    }

    /** The paper as written in one listing line. */
    public record Occurrence(String listingSlug, String file, int line, Abstract text) {
    }

    /**
     * A topic the paper is filed under, and why.
     *
     * @param topicSlug the topic
     * @param reason    why, for a reader: {@code mentions “knowledge distillation”}, {@code defines RLHF},
     *                  {@code listed in its notes}
     * @param inferred  whether it was filed there because its related papers are, its own words naming no topic
     */
    public record TopicAssignment(String topicSlug, String reason, boolean inferred) {
        public TopicAssignment(String topicSlug, String reason) {
            this(topicSlug, reason, false);
        }
    }
}
