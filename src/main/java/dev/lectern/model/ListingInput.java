package dev.lectern.model;

import dev.lectern.load.ListingSource;

/**
 * A listing to put on the site: its parsed file and how the site presents it.
 *
 * @param slug        its URL name
 * @param title       its heading
 * @param navTitle    its label in the navigation bar: a short form of the title, or the title
 * @param description a sentence or two under the heading (Markdown), may be empty
 * @param source      the parsed listing file
 */
public record ListingInput(String slug, String title, String navTitle, String description, ListingSource source) {
}
