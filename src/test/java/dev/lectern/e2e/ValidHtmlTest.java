package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every HTML page Lectern writes is valid HTML: the Nu HTML Checker (the validator behind validator.w3.org/nu), run
 * in-process over every page of the default site, of a reading group's site (digests, e-mail editions, search) and
 * of the publishing test site, reports no error. A failure lists each error as {@code file:line:column: message}.
 */
class ValidHtmlTest {

    /** The Nu checker's schema for HTML documents, as its command line uses it; it ships inside the jar. */
    static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    static Path temp;

    static Checker checker;

    @BeforeAll
    static void setUpChecker() throws Exception {
        checker = new Checker();
    }

    @Test
    void everyPageOfTheDefaultSiteIsValidHtml() throws Exception {
        BuiltSite site = BuiltSite.build(Path.of("."), temp.resolve("default"));
        assertValid(site, 60);
    }

    @Test
    void everyPageOfAReadingGroupSiteIsValidHtml() throws Exception {
        BuiltSite site = BuiltSite.build(ReadingGroupSite.write(temp.resolve("group")), temp.resolve("group-out"),
                ReadingGroupSite.WEDNESDAY_25_NOVEMBER);
        assertTrue(site.htmlPages().stream().anyMatch(p -> p.endsWith("email.html")), "e-mail editions are checked too");
        assertValid(site, 15);
    }

    @Test
    void everyPageOfThePublishingSiteIsValidHtml() throws Exception {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/publish-site"), temp.resolve("publish"));
        assertValid(site, 10);
    }

    @Test
    void theCheckerReportsInvalidHtml() throws Exception {
        Path page = temp.resolve("invalid.html");
        java.nio.file.Files.writeString(page, "<!doctype html><html lang=en><head><title>x</title></head>"
                + "<body><ul><div>not a list item</div></ul><img src=a.png></body></html>");
        List<String> errors = checker.errors(page.toFile());
        assertTrue(errors.size() >= 2, "a div inside ul and an img without alt are errors: " + errors);
        assertTrue(errors.get(0).startsWith(page.toFile().getName() + ":1:"), errors.get(0));
    }

    private static void assertValid(BuiltSite site, int atLeast) throws Exception {
        List<String> pages = site.htmlPages();
        assertTrue(pages.size() >= atLeast, "the site has " + pages.size() + " pages");
        List<String> errors = new ArrayList<>();
        for (String page : pages) {
            for (String error : checker.errors(site.root.resolve(page).toFile())) {
                errors.add(page.substring(0, page.length() - new File(page).getName().length()) + error);
            }
        }
        System.out.println("Nu HTML Checker: " + pages.size() + " pages of " + site.root.getFileName() + ", "
                + errors.size() + " errors");
        assertEquals(List.of(), errors, errors.size() + " errors in " + pages.size() + " pages:\n"
                + String.join("\n", errors));
    }

    /** The Nu checker with its HTML schema loaded once, collecting errors per file. */
    static final class Checker {
        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        private final Collector collector = new Collector();

        Checker() throws Exception {
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
            // the checker configures log4j to log everything, which FreeMarker would then do in later tests
            org.apache.log4j.Logger.getRootLogger().setLevel(org.apache.log4j.Level.WARN);
        }

        /** The errors (and fatal errors) in {@code file}, each as {@code name:line:column: message}. */
        synchronized List<String> errors(File file) throws Exception {
            collector.start(file.getName());
            validator.checkHtmlFile(file, true);
            return List.copyOf(collector.errors);
        }
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        private String file = "";

        void start(String name) {
            file = name;
            errors.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings and info messages are advice, not invalid HTML
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
