package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Markdown in content/: what users expect renders, what could run script does not. */
class MarkdownTest {

    private final Markdown markdown = new Markdown(false);

    private Element render(String text) {
        return Jsoup.parseBodyFragment(markdown.toHtml(text)).body();
    }

    @Test
    void tablesRender() {
        Element body = render("""
                | Paper | Year |
                |-------|------|
                | BBF   | 2023 |
                """);
        assertEquals("BBF", body.select("table td").first().text());
        assertEquals("Year", body.select("table th").get(1).text());
    }

    @Test
    void codeBlocksCanBeScrolledFromTheKeyboard() {
        for (Markdown anyMarkdown : new Markdown[] {markdown, new Markdown(true)}) {
            Element body = Jsoup.parseBodyFragment(anyMarkdown.toHtml("```\nfenced\n```\n\n    indented\n")).body();
            assertEquals(2, body.select("pre[tabindex=0] > code").size(), body.html());
        }
    }

    @Test
    void footnotesRender() {
        Element body = render("Distillation works[^1].\n\n[^1]: Mostly.\n");
        assertFalse(body.select("sup a[href^=#fn]").isEmpty(), body.html());
        assertTrue(body.text().contains("Mostly."));
    }

    @Test
    void strikethroughRenders() {
        assertEquals("wrong", render("a ~~wrong~~ claim").select("del").text());
    }

    @Test
    void bareUrlsBecomeLinks() {
        assertEquals("https://arxiv.org/abs/2306.13649",
                render("See https://arxiv.org/abs/2306.13649 for details.").select("a").attr("href"));
    }

    @Test
    void rawHtmlIsEscapedByDefault() {
        Element body = render("Hello <b>bold</b> <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>\n");
        assertTrue(body.select("b, script, div").isEmpty(), body.html());
        assertTrue(body.text().contains("<b>bold</b>"), "the tags are shown as text: " + body.text());
    }

    @Test
    void rawHtmlIsKeptWhenTheSiteAllowsIt() {
        Element body = Jsoup.parseBodyFragment(new Markdown(true).toHtml("Hello <b>bold</b>\n\n<div class=\"x\">block</div>\n")).body();
        assertEquals("bold", body.select("b").text());
        assertEquals("block", body.select("div.x").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="})
    void scriptAndDataLinksAreSuppressed(String url) {
        Element body = render("[click me](" + url + ") and <" + url + ">\n\n[ref]: " + url + "\n\n[also][ref]\n");
        assertTrue(body.select("a[href]").stream().noneMatch(a -> a.attr("href").toLowerCase().contains("script:")
                || a.attr("href").toLowerCase().startsWith("data:")), body.html());
        assertTrue(body.select("img[src^=data], img[src*=script:]").isEmpty(), body.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"&#106;avascript:alert(1)", "javascript&colon;alert(1)", "java&#9;script:alert(1)",
        "&#x20;javascript:alert(1)"})
    void entityEncodedScriptLinksAreSuppressed(String url) {
        Element body = render("[click me](" + url + ")");
        assertTrue(body.select("a[href]").stream()
                .map(a -> a.attr("href").replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase())
                .noneMatch(href -> href.startsWith("javascript:")), body.html());
    }

    @Test
    void imagesWithScriptUrlsAreSuppressedToo() {
        Element body = render("![x](javascript:alert(1))");
        assertTrue(body.select("img[src*=script]").isEmpty(), body.html());
    }

    @Test
    void ordinaryLinksStay() {
        assertEquals("https://example.org/a", render("[site](https://example.org/a)").select("a").attr("href"));
        assertEquals("../about/index.html", render("[about](../about/index.html)").select("a").attr("href"));
    }
}
