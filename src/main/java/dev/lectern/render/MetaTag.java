package dev.lectern.render;

/**
 * A {@code <meta>} element of a page's head: {@code <meta name="citation_title" content="...">} or, for OpenGraph,
 * {@code <meta property="og:title" content="...">}.
 *
 * @param attribute {@code name} or {@code property}
 * @param key       the name or property
 * @param content   its value (escaped by the template)
 */
public record MetaTag(String attribute, String key, String content) {

    static MetaTag name(String key, String content) {
        return new MetaTag("name", key, content);
    }

    static MetaTag property(String key, String content) {
        return new MetaTag("property", key, content);
    }
}
