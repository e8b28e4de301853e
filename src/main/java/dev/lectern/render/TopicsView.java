package dev.lectern.render;

import java.util.List;

/**
 * The topics index.
 *
 * @param chrome the layout's values
 * @param topics every topic, largest first
 */
public record TopicsView(Chrome chrome, List<Summary> topics) {
}
