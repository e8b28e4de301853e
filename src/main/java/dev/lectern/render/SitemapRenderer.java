package dev.lectern.render;

import dev.lectern.model.SiteInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

/**
 * What search engines read: {@code sitemap.xml} (every indexable page's published URL, so only when the site has a
 * base URL) and {@code robots.txt}, which points at the sitemap. No dates: output depends on the input only.
 */
final class SitemapRenderer {

    private SitemapRenderer() {
    }

    /** The sitemap of the pages at {@code paths}, or null when the site has no base URL. */
    static byte[] sitemap(SiteInfo site, List<String> paths) {
        String baseUrl = site.baseUrl();
        if (baseUrl.isEmpty()) {
            return null;
        }
        StringBuilder xml = new StringBuilder(paths.size() * 80 + 200);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : new TreeSet<>(paths)) {
            xml.append("  <url><loc>").append(xmlEscape(SitePaths.absolute(baseUrl, path))).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Allows everything except the search page, and names the sitemap when there is one. */
    static byte[] robots(SiteInfo site) {
        StringBuilder txt = new StringBuilder("User-agent: *\nDisallow: ")
                .append(site.basePath()).append(SitePaths.SEARCH).append('\n');
        if (!site.baseUrl().isEmpty()) {
            txt.append("\nSitemap: ").append(site.baseUrl()).append(SitePaths.SITEMAP).append('\n');
        }
        return txt.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String xmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
