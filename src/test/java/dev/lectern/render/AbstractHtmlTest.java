package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Abstract;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** An abstract as HTML: escaped text, TeX spacing and math, and the listing's cut. */
class AbstractHtmlTest {

    private static Element html(String tex, boolean cut) {
        return Jsoup.parseBodyFragment(AbstractHtml.of(new Abstract(tex, cut))).body();
    }

    @Test
    void htmlInTheAbstractIsEscapedNotRun() {
        String html = AbstractHtml.of(new Abstract("We show that <script>alert('x')</script> & \"friends\" fail", false));
        assertEquals("We show that &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot; fail", html);
        assertTrue(html(("<script>alert(1)</script><img src=x onerror=alert(1)>"), false).select("script, img").isEmpty());
    }

    @Test
    void tildeIsANonBreakingSpace() {
        assertEquals("language models&nbsp;(LMs)", AbstractHtml.of(new Abstract("language models~(LMs)", false)));
    }

    @Test
    void dollarMathBecomesAMathSpan() {
        Elements math = html("The $Q$-function and $a<b$", false).select("span.math");
        assertEquals(2, math.size());
        assertEquals("\\(Q\\)", math.get(0).text());
        assertEquals("\\(a<b\\)", math.get(1).text(), "the math is escaped, then shown as written");
        assertTrue(AbstractHtml.of(new Abstract("$a<b$", false)).contains("a&lt;b"));
    }

    @Test
    void escapedOrUnpairedDollarsStayText() {
        assertEquals("costs $5", AbstractHtml.of(new Abstract("costs \\$5", false)));
        assertEquals("costs $5 per GPU", AbstractHtml.of(new Abstract("costs $5 per GPU", false)));
    }

    @Test
    void cutAbstractEndsInAnEllipsisSpan() {
        Elements cut = html("Knowledge distillation is widely used for", true).select("span.cut");
        assertEquals(1, cut.size());
        assertEquals("\u2026", cut.text());
        assertTrue(html("A whole abstract.", false).select("span.cut").isEmpty());
    }
}
