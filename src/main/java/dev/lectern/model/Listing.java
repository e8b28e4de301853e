package dev.lectern.model;

import java.util.List;

/**
 * A listing as the site shows it.
 *
 * @param slug        its URL name
 * @param title       its heading
 * @param navTitle    its label in the navigation bar: a short form of the title, or the title
 * @param description Markdown under the heading, may be empty
 * @param file        the listing file's name, for messages and the page's source line
 * @param paperSlugs  its papers in the listing's own order, each once
 */
public record Listing(String slug, String title, String navTitle, String description, String file,
                      List<String> paperSlugs) {
    public Listing {
        paperSlugs = List.copyOf(paperSlugs);
    }
}
