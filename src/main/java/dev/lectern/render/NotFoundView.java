package dev.lectern.render;

/**
 * The page GitHub Pages shows for a missing URL. It is served at any depth, so its links are root-relative from the
 * base URL's path ({@code /repo/...}) rather than relative like every other page's.
 *
 * @param chrome the layout's values, with links from the site's root path
 * @param search the search page
 * @param topics the topics index
 */
public record NotFoundView(Chrome chrome, Link search, Link topics) {
}
