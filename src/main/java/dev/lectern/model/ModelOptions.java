package dev.lectern.model;

/**
 * Sizes and switches of the model.
 *
 * @param relatedPapers     related papers per paper
 * @param maxTopicsPerPaper the most topics one paper is filed under
 * @param minTopicPapers    papers a discovered topic needs to be kept
 * @param discoverTopics    whether to discover topics the taxonomy misses
 */
public record ModelOptions(int relatedPapers, int maxTopicsPerPaper, int minTopicPapers, boolean discoverTopics) {
    public static final ModelOptions DEFAULTS = new ModelOptions(5, 4, 2, true);
}
