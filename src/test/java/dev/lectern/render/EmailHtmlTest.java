package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** HTML made fit for a mail: absolute links, inline styles, nothing that points into a page the reader lacks. */
class EmailHtmlTest {

    static final String PAGE = "https://example.org/site/digests/2026-11-18-x/";

    @Test
    void relativeLinksBecomeAbsoluteAgainstThePublishedPage() {
        assertEquals("https://example.org/site/papers/p/index.html",
                EmailHtml.absolute("../../papers/p/index.html", PAGE));
        assertEquals("https://example.org/site/digests/2026-11-18-x/email.txt", EmailHtml.absolute("email.txt", PAGE));
        assertEquals("https://arxiv.org/abs/2306.13649?a=1&amp;b=2",
                EmailHtml.absolute("https://arxiv.org/abs/2306.13649?a=1&amp;b=2", PAGE), "absolute ones stay");
        assertEquals("https://example.org/site/x?a=1&amp;b=2", EmailHtml.absolute("../../x?a=1&amp;b=2", PAGE));
        assertEquals(PAGE, EmailHtml.absolute("a b|c", PAGE), "an unparsable link leads to its page");
    }

    @Test
    void linksWithinThePageAreUnwrappedAndEveryTagIsStyled() {
        String html = "<h2><a href=\"#summary\" id=\"summary\" class=\"anchor\"><span aria-hidden=\"true\">#</span></a>"
                + "Summary</h2>\n<p>See<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup> "
                + "<a href=\"../../papers/p/index.html\">p</a>.</p>";
        assertEquals("<h2 style=\"" + "margin:20px 0 10px;font-size:18px;line-height:1.3;color:#18181b;\">Summary</h2>\n"
                + "<p style=\"margin:0 0 12px;\">See<sup id=\"fnref-1\">1</sup> <a href=\"https://example.org/site/papers/p/index.html\""
                + " style=\"" + EmailHtml.LINK + "\">p</a>.</p>", EmailHtml.of(html, PAGE));
    }

    @Test
    void checkboxesBecomeCharactersAndMathShowsItsTex() {
        String html = "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" checked"
                + " disabled>done <span class=\"math\">\\(x_i\\)</span></li>";
        String email = EmailHtml.of(html, PAGE);
        assertEquals(true, email.startsWith("<li style=\"margin:0 0 4px;\">\u2611 done <span style="), email);
        assertEquals(true, email.endsWith(">x_i</span></li>"), email);
    }
}
