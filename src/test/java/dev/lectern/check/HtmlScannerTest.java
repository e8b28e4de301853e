package dev.lectern.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag scanner finds what a browser would, and only that. */
class HtmlScannerTest {

    static List<String> tags(String html) {
        List<String> seen = new ArrayList<>();
        HtmlScanner.scan(html.getBytes(StandardCharsets.UTF_8),
                (name, attributes, line) -> seen.add(line + ":" + name + attributes));
        return seen;
    }

    @Test
    void startTagsWithTheirAttributesAndLines() {
        assertEquals(List.of("1:a{href=x.html, class=c}", "3:img{src=i.png, alt=}"),
                tags("<a href=\"x.html\" class='c'>x</a>\n\n<IMG SRC=i.png alt>"));
    }

    @Test
    void commentsScriptsAndStylesHoldNoTags() {
        assertEquals(List.of("1:script{}", "2:style{}", "2:textarea{}", "3:p{id=after}"), tags("""
                <script>document.write('<a href="fake.html">')</script><!-- <a href="old.html"> -->
                <style>a::after { content: "<b>" }</style><textarea><a href="t.html"></textarea>
                <p id="after">"""));
    }

    @Test
    void characterReferencesInValuesAreDecodedAndUtf8Survives() {
        assertEquals(List.of("1:a{href=search/index.html?q=a&b=caf\u00e9 \u2192}"),
                tags("<a href=\"search/index.html?q=a&amp;b=caf\u00e9 &rarr;\">\u00b7</a>"));
    }

    @Test
    void aValueMaySpanLinesAndLinesKeepCounting() {
        assertEquals(List.of("1:a{title=one\ntwo}", "3:b{}"), tags("<a title=\"one\ntwo\">x</a>\n<b>"));
    }

    @Test
    void onlyTheWantedAttributesAreReportedAndTheOthersAreSteppedOverWhole() {
        List<String> seen = new ArrayList<>();
        HtmlScanner.scan("<a title='a > b' HREF=\"x.html\" data-x=\"<b id=no>\">x</a>\n<p ID=yes class=c>"
                .getBytes(StandardCharsets.UTF_8), java.util.Set.of("href", "id"),
                (name, attributes, line) -> seen.add(line + ":" + name + attributes));
        assertEquals(List.of("1:a{href=x.html}", "2:p{id=yes}"), seen);
    }

    @Test
    void namesAreLowerCaseWhetherKnownOrNotAndTheFirstOfTwoSameAttributesWins() {
        assertEquals(List.of("1:a{href=first.html, name=n}", "1:my-widget{id=w}", "2:svg{}", "2:textarea2{}",
                        "2:h1{id=h}"),
                tags("<A HREF=first.html href=second.html NaMe=n>x</A><My-Widget Id=w>\n<SVG><TextArea2><h1 id=h>"));
        List<String> seen = new ArrayList<>();
        HtmlScanner.scan("<a HREF=x.html HrEf=y.html Data-Id=d srcSET=s.png>".getBytes(StandardCharsets.UTF_8),
                java.util.Set.of("href", "srcset", "id"), (name, attributes, line) -> seen.add(name + attributes));
        assertEquals(List.of("a{href=x.html, srcset=s.png}"), seen);
    }

    @Test
    void linesCountTheLineFeedsInCommentsRawTextTagsAndValuesBeforeATag() {
        assertEquals(List.of("3:script{}", "6:style{}", "8:a{href=x.html, title=a\nb}", "13:textarea{}", "16:p{}",
                        "17:b{}", "17:i{}"),
                tags("<!-- one\ntwo -->\n<script>\nlet a = '<a>';\n</script\n><style\n>p {}\n</style>"
                        + "<a\nhref=x.html title='a\nb'\n>\n</a\n><textarea>\n</textarea><?pi\n?><!x\n>"
                        + "<p>\r\n<b>x</b><i>"));
    }

    @Test
    void valuesWithReferencesOrNonAsciiAreDecodedQuotedOrNot() {
        assertEquals(List.of("1:a{href=a&b, title=\u00e9&\u00e9, id=caf\u00e9}", "1:img{src=x y, alt=&}"),
                tags("<a href=a&amp;b title=\"\u00e9&amp;&eacute;\" id='caf\u00e9'><img src=\"x&#32;y\" alt=&amp>"));
    }
}
