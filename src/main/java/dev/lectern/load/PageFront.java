package dev.lectern.load;

/**
 * Front matter of a free page ({@code content/pages/*.md}).
 *
 * @param title       the page title (default: the file name)
 * @param description a sentence for the page's meta description
 * @param navOrder    position in the navigation bar; pages without one are not in it
 */
public record PageFront(String title, String description, Integer navOrder) {
    public static final PageFront EMPTY = new PageFront(null, null, null);
}
