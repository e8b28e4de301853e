package dev.lectern.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading site.yml: defaults, kebab-case keys, and mistakes reported with their line. */
class SiteConfigLoaderTest {

    @TempDir
    Path site;

    private final SiteConfigLoader loader = new SiteConfigLoader(new StrictYaml());
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<SiteConfig> load(String yaml) throws IOException {
        Files.writeString(site.resolve("site.yml"), yaml);
        return loader.load(site, diagnostics);
    }

    private Diagnostic onlyError() {
        List<Diagnostic> problems = diagnostics.sorted();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).isError());
        return problems.get(0);
    }

    @Test
    void siteWithoutSiteYmlGetsTheDefaults() {
        SiteConfig config = loader.load(site, diagnostics).orElseThrow();
        assertEquals(SiteConfig.defaults(), config);
        assertEquals(SiteConfig.DEFAULT_TITLE, config.title());
        assertEquals("en", config.language());
        assertEquals("", config.baseUrl());
        assertEquals(5, config.options().relatedPapers());
        assertFalse(config.options().allowRawHtml(), "raw HTML is escaped unless a site allows it");
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void kebabCaseKeysBind() throws IOException {
        SiteConfig config = load("""
                title: Solar physics digest
                base-url: https://example.github.io/solar
                listings:
                  - file: corona.txt
                    title: The corona
                topics:
                  - name: Coronal heating
                    slug: coronal-heating
                    phrases: [coronal heating, nanoflare]
                    acronyms: [CH]
                options:
                  related-papers: 3
                  max-topics-per-paper: 2
                  allow-raw-html: true
                """).orElseThrow();
        assertEquals("Solar physics digest", config.title());
        assertEquals("https://example.github.io/solar/", config.baseUrl(), "the base URL gets its final slash");
        assertEquals("corona.txt", config.listings().get(0).file());
        assertEquals(List.of("coronal heating", "nanoflare"), config.topics().get(0).phrases());
        assertEquals(List.of("CH"), config.topics().get(0).acronyms());
        assertEquals(3, config.options().relatedPapers());
        assertEquals(2, config.options().maxTopicsPerPaper());
        assertTrue(config.options().allowRawHtml());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void unknownKeyIsAnErrorNamingItsLineAndTheKnownKeys() throws IOException {
        Optional<SiteConfig> config = load("""
                title: Solar
                options:
                  related-papers: 3
                  relatd-topics: 4
                """);
        assertTrue(config.isEmpty());
        Diagnostic error = onlyError();
        assertEquals(4, error.location().line(), error.toString());
        assertTrue(error.location().file().endsWith("site.yml"));
        assertTrue(error.message().contains("relatd-topics"), error.message());
        assertTrue(error.hint().contains("related-papers") && error.hint().contains("max-topics-per-paper"),
                error.hint());
    }

    @Test
    void wrongTypeIsAnErrorWithItsLine() throws IOException {
        Optional<SiteConfig> config = load("""
                title: Solar
                options:
                  related-papers: many
                """);
        assertTrue(config.isEmpty());
        Diagnostic error = onlyError();
        assertEquals(3, error.location().line(), error.toString());
        assertTrue(error.message().contains("related-papers"), error.message());
    }

    /** Nine topics whose phrases each name the previous list nine times: 9^9 strings if expanded. */
    private static String aliasBomb() {
        StringBuilder bomb = new StringBuilder("title: Solar\ntopics:\n  - name: a\n    phrases: &a [");
        bomb.append(String.join(",", java.util.Collections.nCopies(9, "\"lol\""))).append("]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            bomb.append("  - name: ").append(level).append("\n    phrases: &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + (char) (level - 1))))
                    .append("]\n");
        }
        return bomb.toString();
    }

    @Test
    void aYamlAliasBombIsNeverExpanded() throws IOException {
        long start = System.nanoTime();
        Optional<SiteConfig> config = load(aliasBomb());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 5_000, "read without expanding 9^9 strings, took " + millis + " ms");
        config.ifPresent(c -> assertTrue(c.topics().stream().allMatch(t -> t.phrases().size() <= 9),
                "no alias was expanded"));
    }

    @Test
    void aYamlAliasBombIsRefusedWithAnError() throws IOException {
        Optional<SiteConfig> config = load(aliasBomb());
        assertTrue(config.isEmpty());
        assertEquals(6, onlyError().location().line(), "the first alias is on line 6");
    }

    @Test
    void blankSiteYmlGetsTheDefaults() throws IOException {
        assertEquals(SiteConfig.defaults(), load("\n  \n").orElseThrow());
    }

    @Test
    void invalidYamlIsAnErrorWithItsLine() throws IOException {
        Optional<SiteConfig> config = load("title: Solar\nlistings:\n  - file: [unclosed\n");
        assertTrue(config.isEmpty());
        Diagnostic error = onlyError();
        assertTrue(error.location().line() >= 3, error.toString());
    }
}
