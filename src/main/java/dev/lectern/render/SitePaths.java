package dev.lectern.render;

/** The URL scheme of DESIGN.md: where each kind of page lives inside the output folder. */
public final class SitePaths {

    public static final String HOME = "index.html";
    public static final String TOPICS = "topics/index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String SEARCH = "search/index.html";
    /** The search page's data, loaded as a script so that search works from {@code file://}. */
    public static final String SEARCH_INDEX = "assets/search-index.js";
    /** Every paper's BibTeX entry in one file. */
    public static final String BIBTEX = "papers.bib";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** GitHub Pages' custom-domain file. */
    public static final String CNAME = "CNAME";
    public static final String DIGESTS = "digests/index.html";
    /** The site's Atom feed of digests and papers. */
    public static final String FEED = "feed.xml";

    private SitePaths() {
    }

    public static String listing(String slug) {
        return "listings/" + slug + "/index.html";
    }

    public static String paper(String slug) {
        return "papers/" + slug + "/index.html";
    }

    public static String topic(String slug) {
        return "topics/" + slug + "/index.html";
    }

    /** Page {@code number} of a topic whose papers fill several pages: the first is the topic's own page. */
    public static String topic(String slug, int number) {
        return number == 1 ? topic(slug) : "topics/" + slug + "/page/" + number + "/index.html";
    }

    public static String page(String slug) {
        return slug + "/index.html";
    }

    public static String digest(String slug) {
        return "digests/" + slug + "/index.html";
    }

    /** A digest's e-mail edition: one self-contained HTML file. */
    public static String digestEmail(String slug) {
        return "digests/" + slug + "/email.html";
    }

    /** A digest's e-mail edition as plain text. */
    public static String digestEmailText(String slug) {
        return "digests/" + slug + "/email.txt";
    }

    /** One topic's Atom feed. */
    public static String topicFeed(String slug) {
        return "topics/" + slug + "/feed.xml";
    }

    public static String asset(String name) {
        return "assets/" + name;
    }

    /** The published URL of a site path: the base URL and the path, without {@code index.html}. */
    public static String absolute(String baseUrl, String path) {
        if (baseUrl.isEmpty()) {
            return "";
        }
        String p = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        return baseUrl + p;
    }
}
