package dev.lectern.render;

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
import java.util.List;

/**
 * Markdown as users expect it (tables, footnotes, autolinks, heading anchors, strikethrough, task lists, TeX math
 * kept for the page's math rendering), built
 * once per build and thread-safe. Raw HTML is escaped unless the site allows it; {@code javascript:},
 * {@code vbscript:} and {@code data:} links are suppressed always.
 */
public final class Markdown {

    static final String SUPPRESSED_LINKS = "(?i)\\s*(?:javascript|vbscript|data|file):.*";

    private final Parser parser;
    private final HtmlRenderer renderer;

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
        options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "<span aria-hidden=\"true\">#</span>");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // flexmark's default markers carry readonly="readonly", which HTML5 does not allow on checkboxes
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled>");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new SafeLinks.Factory()).build();
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

    /** The HTML of {@code markdown}. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return renderer.render(parser.parse(markdown));
    }
}
