package dev.lectern.render;

/**
 * The search page. It is filled in the browser from the search index, which loads as a script so that search works
 * from {@code file://}; the query comes from the page's {@code ?q=}, so that a search can be linked.
 *
 * @param chrome      the layout's values
 * @param indexScript the search index
 * @param paperCount  papers on the site
 * @param topics      the link to all topics, for readers without JavaScript
 */
public record SearchView(Chrome chrome, String indexScript, int paperCount, Link topics) {
}
