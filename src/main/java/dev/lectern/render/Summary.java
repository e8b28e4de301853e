package dev.lectern.render;

/**
 * A listing or topic in a list of them: its link, how many papers it has and a line about it.
 *
 * @param link            to its page
 * @param paperCount      its papers
 * @param descriptionHtml a short description, may be empty
 */
public record Summary(Link link, int paperCount, String descriptionHtml) {
}
