package dev.lectern.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.Diagnostic;
import dev.lectern.Diagnostics;
import dev.lectern.SourceText;
import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfigLoader;
import dev.lectern.config.StrictYaml;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The parsers (listings, content front matter, digests, site.yml) never throw, whatever the bytes: they return what they could read and say what they could not.
 * In a normal test run each target replays the inputs under
 * {@code src/test/resources/dev/lectern/load/ParsersFuzzTestInputs/<target>/} (hostile samples, and every crash
 * fuzzing ever found); {@code JAZZER_FUZZ=1} fuzzes one target (see the README).
 */
class ParsersFuzzTest {

    private static final Path LISTING = Path.of("seeds", "fuzz.txt");
    private static final Path NOTES = Path.of("content", "papers", "fuzz.md");
    private static final Path DIGEST = Path.of("content", "digests", "2026-11-18-fuzz.md");
    private static final Path SITE_YML = Path.of("site.yml");
    private static final StrictYaml YAML = new StrictYaml();

    @FuzzTest(maxDuration = "10m")
    void listingParserNeverThrows(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<ListingSource> listing = new ListingParser().parse(LISTING, bytes, diagnostics);
        assertEveryDiagnosticIsAbout(LISTING, diagnostics);
        if (listing.isEmpty()) {
            assertTrue(diagnostics.hasErrors(), "a listing that cannot be read says why");
            return;
        }
        int previous = 0;
        for (ListingEntry entry : listing.get().entries()) {
            assertTrue(entry.line() > previous, "entries keep file order and true line numbers");
            previous = entry.line();
            assertTrue(entry.text().codePoints().anyMatch(Character::isLetterOrDigit), "a paper line has words");
            assertTrue(entry.text().equals(entry.text().strip()), "no stray spaces");
            assertTrue(entry.text().chars().noneMatch(c -> Character.getType(c) == Character.CONTROL),
                    "no control characters");
        }
    }

    @FuzzTest(maxDuration = "10m")
    void contentParserNeverThrows(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<ContentDoc<PaperFront>> doc = new ContentParser(YAML)
                .parse(NOTES, bytes, PaperFront.class, PaperFront.EMPTY, diagnostics);
        assertEveryDiagnosticIsAbout(NOTES, diagnostics);
        assertEquals(doc.isEmpty(), diagnostics.hasErrors(), "empty exactly when there is an error");
        doc.ifPresent(d -> assertTrue(d.bodyLine() >= 1));
    }

    @FuzzTest(maxDuration = "10m")
    void digestParserNeverThrows(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<DigestSource> digest = SourceText.decode(DIGEST, bytes, "content file", diagnostics)
                .flatMap(text -> new DigestParser(new ContentParser(YAML)).parse(DIGEST, text, diagnostics));
        assertEveryDiagnosticIsAbout(DIGEST, diagnostics);
        assertEquals(digest.isEmpty(), diagnostics.hasErrors(), "empty exactly when there is an error");
        digest.ifPresent(d -> {
            for (int i = 0; i < d.doc().front().papers().size(); i++) {
                assertTrue(d.paperLine(i) >= 1, "every paper reference has a line to report at");
            }
        });
    }

    @FuzzTest(maxDuration = "10m")
    void siteConfigLoaderNeverThrows(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteConfig> config = SourceText.decode(SITE_YML, bytes, "site.yml", diagnostics)
                .flatMap(text -> new SiteConfigLoader(YAML).read(SITE_YML, text, diagnostics));
        assertEveryDiagnosticIsAbout(SITE_YML, diagnostics);
        assertEquals(config.isEmpty(), diagnostics.hasErrors(), "empty exactly when there is an error");
    }

    private static void assertEveryDiagnosticIsAbout(Path file, Diagnostics diagnostics) {
        for (Diagnostic d : diagnostics.sorted()) {
            assertEquals(file, d.location().file(), d.toString());
            assertTrue(d.location().line() >= 0 && d.location().column() >= 0, d.toString());
            assertTrue(d.message() != null && !d.message().isBlank(), d.toString());
        }
    }
}
