package dev.lectern.render;

import java.util.List;

/**
 * The topics index.
 *
 * @param chrome  the layout's values
 * @param topics  every topic, largest first
 * @param mapSvg  the topic map as an inline {@code <svg>} element (all text escaped), or empty
 * @param mapNote a line under the map: what it shows
 */
public record TopicsView(Chrome chrome, List<Summary> topics, String mapSvg, String mapNote) {
}
