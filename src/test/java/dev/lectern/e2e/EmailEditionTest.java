package dev.lectern.e2e;

import static dev.lectern.e2e.ReadingGroupSite.BASE_URL;
import static dev.lectern.e2e.ReadingGroupSite.WEDNESDAY_25_NOVEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The e-mail edition of a digest: what a mail client gets when the digest is pasted into a message. */
class EmailEditionTest {

    static final String EMAIL = "digests/2026-11-18-on-policy-distillation/email.html";
    static final String TEXT = "digests/2026-11-18-on-policy-distillation/email.txt";

    @TempDir
    static Path temp;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(ReadingGroupSite.write(temp.resolve("site")), temp.resolve("out"),
                WEDNESDAY_25_NOVEMBER);
    }

    static List<String> emails() {
        return site.htmlPages().stream().filter(p -> p.endsWith("/email.html")).toList();
    }

    @Test
    void everyDigestHasAnEmailEditionInHtmlAndPlainText() {
        assertEquals(4, emails().size());
        for (String email : emails()) {
            assertTrue(site.exists(email.replace("email.html", "email.txt")), email);
        }
    }

    @Test
    void theEmailNeedsNoStylesheetNoScriptAndNothingFromTheNetwork() {
        for (String email : emails()) {
            Document doc = site.page(email);
            assertTrue(doc.select("link").isEmpty(), email + " links no stylesheet or other file");
            assertTrue(doc.select("script").isEmpty(), email + " has no script");
            assertTrue(doc.select("style").isEmpty(), email + " has no style block a mail client could drop");
            assertTrue(doc.select("img, iframe, object, embed, form, input").isEmpty(), email + " loads nothing");
            assertTrue(doc.select("[class]").stream().allMatch(e -> e.hasAttr("style") || e.tagName().equals("div")
                            || e.tagName().equals("span") && e.hasClass("cut")),
                    email + " does not depend on classes for its look");
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), email + " has no event handlers"));
            }
        }
    }

    @Test
    void everyLinkOfTheEmailIsAbsoluteAndLeadsToThePublishedSite() {
        for (String email : emails()) {
            Document doc = site.page(email);
            List<String> hrefs = doc.select("[href], [src]").stream()
                    .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).toList();
            assertFalse(hrefs.isEmpty());
            for (String href : hrefs) {
                assertTrue(href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:"),
                        email + ": " + href + " is absolute");
            }
        }
        Document november = site.page(EMAIL);
        assertTrue(november.select("a[href]").eachAttr("href").contains(
                BASE_URL + "digests/2026-11-18-on-policy-distillation/"), "a link to the digest on the web");
        assertTrue(november.select("a[href]").eachAttr("href").contains(
                BASE_URL + "papers/on-policy-distillation-of-language-models/"), "links to the papers' pages");
        assertTrue(november.select("a[href]").eachAttr("href").contains("https://arxiv.org/abs/2306.13649"));
    }

    @Test
    void theLayoutIsTablesWithInlineStyles() {
        Document doc = site.page(EMAIL);
        Element body = doc.body();
        assertTrue(body.hasAttr("style"));
        Element outer = body.child(0);
        assertEquals("table", outer.tagName(), "the layout is a table, which every mail client renders");
        assertEquals("presentation", outer.attr("role"));
        assertFalse(doc.select("table[role=presentation][width=600]").isEmpty(), "a 600 pixel column");
        for (Element e : doc.select("p, h1, h2, h3, ul, ol, li, th, td, a, blockquote, code, table[class], hr")) {
            boolean styledHere = e.hasAttr("style");
            boolean styledAround = e.parents().stream().anyMatch(p -> p.tagName().equals("td") && p.hasAttr("style"));
            assertTrue(styledHere || styledAround, "every element has its style inline: " + e.outerHtml());
        }
    }

    @Test
    void theEmailCarriesTheMeetingItsPapersAndItsNotes() {
        Document doc = site.page(EMAIL);
        assertEquals("On-policy distillation", doc.select("h1").text());
        String text = doc.body().text();
        assertTrue(text.contains("Wednesday 18 November 2026, 16:00"), text);
        assertTrue(text.contains("Room 2.14"), text);
        assertTrue(text.contains("Amira Haddad, Jonas Weber"), text);
        assertTrue(text.contains("1. On-Policy Distillation of Language Models"), text);
        assertTrue(text.contains("Note: Amira presented; read section 3 first."), text);
        assertTrue(text.contains("What does on-policy mean for a language model?"), text);
        assertTrue(text.contains("\u2611 Amira: share the slides"), "done action items are checked: " + text);
        assertTrue(text.contains("\u2610 Jonas: rerun the toy experiment"), text);
        assertTrue(text.contains("\\sum_i x_i * y_i"), "math shows as its TeX: " + text);
        assertEquals(1, doc.select("h1").size());
        assertFalse(doc.select("table th").isEmpty(), "the notes' table");
    }

    @Test
    void thePlainTextEditionIsWrappedAndLinksTheWeb() throws IOException {
        String text = Files.readString(site.root.resolve(TEXT), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Distillation reading group \u00b7 Reading-group digest \u00b7 Held\n\n"
                + "On-policy distillation\n======================\n"), text);
        assertTrue(text.contains("Web:   " + BASE_URL + "digests/2026-11-18-on-policy-distillation/\n"), text);
        assertTrue(text.contains("1. On-Policy Distillation of Language Models\n   " + BASE_URL
                + "papers/on-policy-distillation-of-language-models/\n"), text);
        assertTrue(text.contains("   - What does on-policy mean for a language model?\n"), text);
        assertTrue(text.contains("- [x] Amira: share the slides"), "the notes as their Markdown: " + text);
        String abstractPart = text.substring(text.indexOf("1. On-Policy"), text.indexOf("Notes\n-----"));
        for (String line : abstractPart.split("\n")) {
            assertTrue(line.length() <= 72 || line.strip().startsWith("http"), "wrapped at 72: " + line);
        }
        assertFalse(text.contains("<"), "no HTML in the plain text");
    }
}
