package dev.lectern.load;

/**
 * Front matter of a topic's description ({@code content/topics/<topic-slug>.md}).
 *
 * @param title replaces the topic's name on its page
 */
public record TopicFront(String title) {
    public static final TopicFront EMPTY = new TopicFront(null);
}
