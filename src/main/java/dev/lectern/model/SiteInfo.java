package dev.lectern.model;

/**
 * What the site says about itself.
 *
 * @param title       the site's name
 * @param description a sentence or two about it
 * @param baseUrl     where it is published (ends in {@code /}), or empty when unknown
 * @param language    the pages' language tag
 * @param cname       the custom domain the site is served at, or empty
 */
public record SiteInfo(String title, String description, String baseUrl, String language, String cname) {

    /** A site that is not served at a custom domain. */
    public SiteInfo(String title, String description, String baseUrl, String language) {
        this(title, description, baseUrl, language, "");
    }

    /**
     * The path part of the base URL ({@code /repo/} for {@code https://user.github.io/repo/}), or {@code /} when the
     * base URL is unknown: what links of a page served at any depth (404.html) start with.
     */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        if (scheme < 0) {
            return "/";
        }
        int slash = baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }
}
