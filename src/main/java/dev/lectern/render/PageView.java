package dev.lectern.render;

/**
 * A free page from content/pages/.
 *
 * @param chrome   the layout's values
 * @param title    its title
 * @param bodyHtml its Markdown as HTML
 */
public record PageView(Chrome chrome, String title, String bodyHtml) {
}
