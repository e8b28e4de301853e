package dev.lectern.model;

/**
 * A free page from {@code content/pages/}.
 *
 * @param slug        its URL name (the file name)
 * @param title       its title
 * @param description a sentence for its meta description, may be empty
 * @param navOrder    its place in the navigation bar, or null when it is not there
 * @param body        its Markdown
 */
public record Page(String slug, String title, String description, Integer navOrder, String body) {
}
