package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** TeX math in Markdown reaches the page as written, marked for the page's math rendering. */
class MarkdownMathTest {

    final Markdown markdown = new Markdown(false);

    @Test
    void underscoresAndAsterisksInsideMathAreNotEmphasis() {
        assertEquals("<p>The loss <span class=\"math\">\\(\\sum_i x_i * y_i\\)</span> and <em>this</em>.</p>\n",
                markdown.toHtml("The loss $\\sum_i x_i * y_i$ and *this*."));
    }

    @Test
    void displayMathIsMarkedAsDisplay() {
        assertEquals("<p><span class=\"math math-display\">\\[a_1 = b_2\\]</span></p>\n",
                markdown.toHtml("$$\na_1 = b_2\n$$"));
    }

    @Test
    void mathIsEscapedForHtml() {
        assertEquals("<p><span class=\"math\">\\(a&lt;b &amp; c&gt;d\\)</span></p>\n", markdown.toHtml("$a<b & c>d$"));
    }

    @Test
    void dollarAmountsStayText() {
        assertEquals("<p>It costs $5 and $10, or $3.</p>\n", markdown.toHtml("It costs $5 and $10, or $3."));
        assertEquals("<p>A $ sign alone, and $ spaced $.</p>\n", markdown.toHtml("A $ sign alone, and $ spaced $."));
    }

    @Test
    void escapedDollarsAndCodeSpansAreNotMath() {
        assertEquals("<p>$x_y$ and <code>$c_d$</code></p>\n", markdown.toHtml("\\$x_y\\$ and `$c_d$`"));
    }

    @Test
    void mathWorksInTablesAndEmphasis() {
        String html = markdown.toHtml("| a | $b_1$ |\n|---|---|\n| *$q_i$* | 2 |\n");
        assertEquals(true, html.contains("<th><span class=\"math\">\\(b_1\\)</span></th>"), html);
        assertEquals(true, html.contains("<td><em><span class=\"math\">\\(q_i\\)</span></em></td>"), html);
    }

    @Test
    void aShortNoteRendersWithoutItsParagraph() {
        assertEquals("read <em>section 3</em> first", markdown.toInlineHtml("read *section 3* first"));
        assertEquals("<p>one</p>\n<p>two</p>", markdown.toInlineHtml("one\n\ntwo"));
        assertEquals("", markdown.toInlineHtml(""));
    }
}
