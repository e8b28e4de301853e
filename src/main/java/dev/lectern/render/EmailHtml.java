package dev.lectern.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes HTML that Lectern rendered (Markdown, abstracts) fit for an e-mail: mail clients drop stylesheets and
 * scripts and open links from the mail, not from the site. So every style goes inline, every link becomes
 * absolute, links within the page (heading anchors, footnote arrows) are unwrapped, task-list checkboxes become
 * characters and math shows as its TeX.
 */
final class EmailHtml {

    static final String FONT = "-apple-system,Segoe UI,Helvetica,Arial,sans-serif";
    static final String TEXT = "color:#27272a;font-family:" + FONT + ";font-size:15px;line-height:1.55;";
    static final String LINK = "color:#1d4ed8;text-decoration:underline;";
    private static final String MATH = "font-family:Georgia,'Times New Roman',serif;font-style:italic;";

    private static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("p", "margin:0 0 12px;"),
            Map.entry("h1", "margin:20px 0 10px;font-size:20px;line-height:1.3;color:#18181b;"),
            Map.entry("h2", "margin:20px 0 10px;font-size:18px;line-height:1.3;color:#18181b;"),
            Map.entry("h3", "margin:16px 0 8px;font-size:16px;line-height:1.3;color:#18181b;"),
            Map.entry("h4", "margin:14px 0 6px;font-size:15px;color:#18181b;"),
            Map.entry("h5", "margin:12px 0 6px;font-size:14px;color:#18181b;"),
            Map.entry("h6", "margin:12px 0 6px;font-size:13px;color:#18181b;"),
            Map.entry("ul", "margin:0 0 12px;padding-left:22px;"),
            Map.entry("ol", "margin:0 0 12px;padding-left:22px;"),
            Map.entry("li", "margin:0 0 4px;"),
            Map.entry("table", "border-collapse:collapse;margin:0 0 12px;font-size:14px;"),
            Map.entry("th", "border:1px solid #d4d4d8;padding:6px 10px;background:#f4f4f5;text-align:left;"),
            Map.entry("td", "border:1px solid #d4d4d8;padding:6px 10px;vertical-align:top;"),
            Map.entry("blockquote", "margin:0 0 12px;padding:2px 0 2px 14px;border-left:3px solid #d4d4d8;color:#52525b;"),
            Map.entry("pre", "margin:0 0 12px;padding:10px 12px;background:#f4f4f5;font-size:13px;white-space:pre-wrap;"),
            Map.entry("code", "font-family:Menlo,Consolas,monospace;font-size:90%;background:#f4f4f5;"),
            Map.entry("a", LINK),
            Map.entry("hr", "border:0;border-top:1px solid #e4e4e7;margin:16px 0;"),
            Map.entry("del", "color:#71717a;"));

    private static final Pattern HEADING_ANCHOR = Pattern.compile("<a [^>]*class=\"anchor\"[^>]*>.*?</a>");
    private static final Pattern FOOTNOTE_BACKREF = Pattern.compile("<a [^>]*class=\"footnote-backref\"[^>]*>.*?</a>");
    private static final Pattern IN_PAGE_LINK = Pattern.compile("<a [^>]*href=\"#[^\"]*\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern CHECKBOX = Pattern.compile("<input type=\"checkbox\"[^>]*>");
    private static final Pattern MATH_SPAN = Pattern.compile(
            "<span class=\"math( math-display)?\">\\\\[(\\[](.*?)\\\\[)\\]]</span>", Pattern.DOTALL);
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\b(href|src)=(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern TAG = Pattern.compile("<([a-z][a-z0-9]*)(\\s[^>]*)?>");

    private EmailHtml() {
    }

    /** {@code html} ready for a mail: links resolved against {@code pageUrl}, the published page it came from. */
    static String of(String html, String pageUrl) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String s = standalone(html, pageUrl);
        s = CHECKBOX.matcher(s).replaceAll(m -> m.group().contains(" checked") ? "\u2611 " : "\u2610 ");
        s = MATH_SPAN.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                "<span style=\"" + MATH + "\">" + m.group(2) + "</span>"));
        return TAG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(styled(m)));
    }

    /**
     * {@code html} that works away from its page, as in a feed entry: links within the page unwrapped, every
     * other link absolute.
     */
    static String standalone(String html, String pageUrl) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String s = HEADING_ANCHOR.matcher(html).replaceAll("");
        s = FOOTNOTE_BACKREF.matcher(s).replaceAll("");
        s = IN_PAGE_LINK.matcher(s).replaceAll("$1");
        return URL_ATTRIBUTE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + "=\"" + absolute(m.group(3) != null ? m.group(3) : m.group(4), pageUrl) + "\""));
    }

    /** Adds the tag's inline style, unless it has a style of its own. */
    private static String styled(java.util.regex.MatchResult tag) {
        String name = tag.group(1);
        String attributes = tag.group(2) == null ? "" : tag.group(2);
        String style = STYLES.get(name);
        if (style == null || attributes.contains("style=")) {
            return tag.group();
        }
        boolean selfClosing = attributes.endsWith("/");
        String kept = selfClosing ? attributes.substring(0, attributes.length() - 1).stripTrailing() : attributes;
        kept = kept.replaceAll("\\s(?:class|id)=\"[^\"]*\"", "");
        return "<" + name + kept + " style=\"" + style + "\"" + (selfClosing ? " />" : ">");
    }

    /** {@code url} (HTML-escaped, as it stands in an attribute) resolved against {@code base}, still escaped. */
    static String absolute(String url, String base) {
        String raw = url.replace("&amp;", "&");
        try {
            URI uri = new URI(raw);
            if (uri.isAbsolute()) {
                return url;
            }
            return new URI(base).resolve(uri).toString().replace("&", "&amp;").replace("\"", "&quot;");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return base; // an unparsable relative link still leads to the page it was on
        }
    }
}
