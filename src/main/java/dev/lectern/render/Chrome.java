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
 * @param openGraph   OpenGraph tags for link previews
 * @param noindex     whether search engines should leave the page out (search and 404 pages)
 */
public record Chrome(String siteTitle, String title, String lang, String description, String canonical, String root,
                     String home, List<NavItem> nav, List<Link> breadcrumbs, List<Link> footer,
                     List<Link> feeds, List<MetaTag> openGraph, boolean noindex) {

    /** The same page, described to link previews as an article rather than a website. */
    Chrome asArticle() {
        List<MetaTag> og = openGraph.stream()
                .map(t -> t.key().equals("og:type") ? MetaTag.property("og:type", "article") : t).toList();
        return new Chrome(siteTitle, title, lang, description, canonical, root, home, nav, breadcrumbs, footer, feeds,
                og, noindex);
    }

    /** The same page, kept out of search engines. */
    Chrome unindexed() {
        return new Chrome(siteTitle, title, lang, description, canonical, root, home, nav, breadcrumbs, footer, feeds,
                openGraph, true);
    }

    /** {@code root + path}: a link from this page to a file of the site such as {@code assets/lectern.css}. */
    public String url(String path) {
        return root + path;
    }
}
