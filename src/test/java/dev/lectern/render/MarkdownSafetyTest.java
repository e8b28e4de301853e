package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markdown from content/ is the site owner's own, but it is pasted from anywhere: by default its raw HTML is shown
 * as text, and when a site allows raw HTML, a sanitizer still keeps scripts, event handlers and script links out.
 */
class MarkdownSafetyTest {

    private static final String HOSTILE = """
            Intro <script>alert(1)</script> and <img src=x onerror="alert(2)"> and <b onclick="alert(3)">bold</b>.

            <iframe src="https://evil.example/"></iframe>
            <style>body { display: none }</style>
            <form action="https://evil.example/"><input name=q></form>
            <svg onload="alert(4)"><circle r="1"/></svg>
            <object data="x.swf"></object><embed src="x.swf">
            <a href="javascript:alert(5)">raw script link</a> <a href="JaVaScRiPt:alert(6)">mixed case</a>
            <a href=" javascript:alert(7)">leading space</a> <a href="java&#x09;script:alert(8)">tab entity</a>
            <p style="background:url(javascript:alert(9))">styled</p>
            <math><mtext><table><mglyph><style><img src=x onerror=alert(10)></style></mglyph></table></mtext></math>
            """;

    /** Every way an element of {@code html} could run script: a list of findings, empty when there are none. */
    static List<String> scriptVectors(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        List<String> found = new ArrayList<>();
        for (Element el : doc.body().select("*")) {
            if (el.is("script, iframe, frame, object, embed, style, form, base, meta, link, svg, math")) {
                found.add("<" + el.tagName() + ">");
            }
            for (Attribute a : el.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                if (name.startsWith("on") || name.equals("style") || name.equals("formaction")) {
                    found.add(el.tagName() + "[" + name + "]");
                }
                if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    found.add(el.tagName() + "[" + name + "=" + value + "]");
                }
            }
        }
        return found;
    }

    @Test
    void rawHtmlIsShownAsTextByDefault() {
        String html = new Markdown(false).toHtml(HOSTILE);
        assertEquals(List.of(), scriptVectors(html));
        String text = Jsoup.parseBodyFragment(html).text();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("<b onclick=\"alert(3)\">bold</b>"), "shown as written: " + text);
    }

    @Test
    void allowedRawHtmlKeepsFormattingButNoScript() {
        String html = new Markdown(true).toHtml(HOSTILE);
        assertEquals(List.of(), scriptVectors(html));
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("bold", doc.select("b").text(), "harmless formatting stays");
        assertFalse(doc.text().contains("alert(1)"), "script content is dropped, not shown");
        assertTrue(doc.select("a").stream().noneMatch(a -> a.hasAttr("href")), "script links lose their href");
    }

    @Test
    void allowedRawHtmlKeepsWhatMarkdownAndItsExtensionsMake() {
        String html = new Markdown(true).toHtml("""
                ## A heading

                | a | b |
                |---|---|
                | 1 | 2 |

                - [x] done
                - [ ] to do

                A note[^1] and <details><summary>More</summary>Hidden <kbd>Ctrl</kbd></details>

                [^1]: The footnote.
                """);
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("a-heading", doc.select("h2 a.anchor").attr("id"), "heading anchors keep their id");
        assertEquals("#a-heading", doc.select("h2 a.anchor").attr("href"));
        assertEquals(2, doc.select("table td").size());
        assertEquals(1, doc.select("input[type=checkbox][checked][disabled]").size());
        assertEquals(1, doc.select("details summary").size());
        assertFalse(doc.select("a[href^=#fn]").isEmpty(), "footnote links stay");
        assertEquals(List.of(), scriptVectors(html));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](&#106;avascript:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
    })
    void scriptLinksInMarkdownAreSuppressedWhateverTheRawHtmlSetting(String markdown) {
        assertEquals(List.of(), scriptVectors(new Markdown(false).toHtml(markdown)), markdown);
        assertEquals(List.of(), scriptVectors(new Markdown(true).toHtml(markdown)), markdown);
    }

    @Test
    void webLinksStay() {
        Document doc = Jsoup.parseBodyFragment(new Markdown(true).toHtml(
                "[a](https://arxiv.org/abs/2407.04622) [b](../about/index.html) <a href=\"mailto:x@example.org\">c</a>"));
        assertEquals(List.of("https://arxiv.org/abs/2407.04622", "../about/index.html", "mailto:x@example.org"),
                doc.select("a").eachAttr("href"));
    }

    @Test
    void templateSyntaxInMarkdownIsText() {
        String html = new Markdown(true).toHtml("Costs ${7*7} <#if true>yes</#if> [#assign x=1]");
        assertTrue(Jsoup.parseBodyFragment(html).text().contains("${7*7}"), html);
    }
}
