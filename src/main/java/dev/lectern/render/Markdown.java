package dev.lectern.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.lectern.model.SafeUrl;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown as users expect it (tables, footnotes, autolinks, heading anchors, strikethrough, task lists, TeX math
 * kept for the page's math rendering), built once per build and thread-safe. Raw HTML is escaped unless the site
 * allows it, and even then it passes an HTML sanitizer that keeps formatting but drops scripts, styles, frames,
 * forms and event-handler attributes; {@code javascript:}, {@code vbscript:} and {@code data:} links are suppressed
 * always.
 */
public final class Markdown {

    static final String SUPPRESSED_LINKS = "(?i)\\s*(?:javascript|vbscript|data|file):.*";

    /**
     * What raw HTML may keep when a site allows it: what Markdown itself produces (including the anchors, footnotes,
     * tables and task lists of its extensions), plus a few harmless elements authors reach for; links only to web,
     * mail and relative URLs.
     */
    private static final PolicyFactory RAW_HTML_POLICY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements("a", "img", "pre", "code", "kbd", "samp", "var", "mark", "abbr", "cite", "q", "dfn",
                    "hr", "br", "sup", "sub", "del", "ins", "dl", "dt", "dd", "details", "summary", "figure",
                    "figcaption", "section", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr",
                    "th", "td", "input")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowAttributes("id", "class", "title", "lang", "dir").globally()
            .allowAttributes("aria-hidden").onElements("span")
            .allowAttributes("tabindex").matching(Pattern.compile("0")).onElements("pre")
            .allowAttributes("start", "reversed").onElements("ol")
            .allowAttributes("open").onElements("details")
            .allowAttributes("align", "colspan", "rowspan", "scope").onElements("th", "td")
            .allowAttributes("type").matching(Pattern.compile("checkbox")).onElements("input")
            .allowAttributes("checked", "disabled", "aria-label").onElements("input")
            .toFactory();

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean sanitize;
    /** Markdown text to its HTML, for this instance's life (one build). */
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    public Markdown(boolean allowRawHtml) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AutolinkExtension.create(), AnchorLinkExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), MathExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
        // the "#" is decoration; screen readers and axe's link-name rule need words for the link
        options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX,
                "<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to this section</span>");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // flexmark's default markers carry readonly="readonly", which HTML5 does not allow on checkboxes; a form
        // control needs a name, and the item's text follows it
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"Done\">");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-label=\"Not done\">");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new SafeLinks.Factory())
                .attributeProviderFactory(new FocusableCodeBlocks.Factory()).build();
        this.sanitize = allowRawHtml;
    }

    /** Whether raw HTML in Markdown is kept (sanitized) rather than shown as text. */
    boolean allowsRawHtml() {
        return sanitize;
    }

    /**
     * Drops {@code href} and {@code src} values that are not safe once decoded: flexmark's suppressed-links option
     * sees the URL before entities are decoded, so {@code &#106;avascript:} would pass it.
     */
    private static final class SafeLinks implements AttributeProvider {
        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            for (String name : new String[] {"href", "src"}) {
                Attribute value = attributes.get(name);
                if (value != null && !SafeUrl.isSafe(value.getValue())) {
                    attributes.remove(name);
                }
            }
        }

        static final class Factory extends IndependentAttributeProviderFactory {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new SafeLinks();
            }
        }
    }

    /**
     * Puts code blocks in the Tab order: a long line scrolls its block sideways (on a phone, most lines do), and a
     * reader without a mouse scrolls it with the arrow keys once it has focus.
     */
    private static final class FocusableCodeBlocks implements AttributeProvider {
        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (part == AttributablePart.NODE && (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock)) {
                attributes.replaceValue("tabindex", "0");
            }
        }

        static final class Factory extends IndependentAttributeProviderFactory {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new FocusableCodeBlocks();
            }
        }
    }

    /** The text of {@code markdown} as a reader sees it, without markup: for the search index. */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // from the HTML, which is what readers see; flexmark's own text collector trips over some documents
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(toHtml(markdown));
        html.select("a.anchor, a.footnote-backref").remove();
        return html.body().text();
    }

    /**
     * The HTML of a short piece of Markdown such as a note or a question, without the paragraph around it when it
     * is a single paragraph, for use inside a sentence or a list item.
     */
    public String toInlineHtml(String markdown) {
        String html = toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /**
     * The HTML of {@code markdown}. The same text comes back often (a topic's first sentence on every paper of the
     * topic, a note on its paper's page, in the feeds and in the search index), so each text is rendered once.
     */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String known = rendered.get(markdown);
        if (known != null) {
            return known;
        }
        String html = renderer.render(parser.parse(markdown));
        html = sanitize ? RAW_HTML_POLICY.sanitize(html) : html;
        rendered.putIfAbsent(markdown, html);
        return html;
    }
}
