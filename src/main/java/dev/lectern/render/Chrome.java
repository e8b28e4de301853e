package dev.lectern.render;

import java.util.List;

/**
 * What the layout around every page needs: titles, language, links to the root, the stylesheet and the navigation.
 *
 * @param siteTitle   the site's name
 * @param title       this page's title (the document title is "title · siteTitle")
 * @param lang        the page's language tag
 * @param description the meta description
 * @param canonical   the page's published URL, or empty when the site has no base URL
 * @param root        the relative prefix from this page to the site's root folder
 * @param home        the link to the home page
 * @param nav         the navigation bar
 * @param breadcrumbs the trail from home to this page's parent
 * @param footer      links in the footer: every content page, so that pages outside the navigation are reachable
 * @param feeds       the Atom feeds of this page, for {@code <link rel="alternate">}; empty without a base URL
 */
public record Chrome(String siteTitle, String title, String lang, String description, String canonical, String root,
                     String home, List<NavItem> nav, List<Link> breadcrumbs, List<Link> footer,
                     List<Link> feeds) {

    /** {@code root + path}: a link from this page to a file of the site such as {@code assets/lectern.css}. */
    public String url(String path) {
        return root + path;
    }
}
