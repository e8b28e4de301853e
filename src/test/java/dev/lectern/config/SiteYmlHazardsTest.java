package dev.lectern.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * site.yml as typos, wrong types and hostile documents make it: every problem is an error with file and line, and
 * the limits set in {@link StrictYaml} hold before anything is expanded.
 */
class SiteYmlHazardsTest {

    private static final Path FILE = Path.of("site.yml");

    @TempDir
    Path temp;

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<SiteConfig> read(String yaml) {
        return new SiteConfigLoader(new StrictYaml()).read(FILE, yaml, diagnostics);
    }

    private String onlyError() {
        List<Diagnostic> errors = diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0).toString();
    }

    @Test
    void anUnknownKeyIsAnErrorOnItsLineListingTheKnownKeys() {
        assertTrue(read("title: T\noptions:\n  related-paper: 3\n").isEmpty());
        String error = onlyError();
        assertTrue(error.startsWith("site.yml:3: error: unknown key 'related-paper' in 'options'"), error);
        assertTrue(error.contains("related-papers"), "the hint lists the known keys: " + error);
    }

    @Test
    void aWrongTypeIsAnErrorNamingTheKey() {
        assertTrue(read("title: T\noptions:\n  related-papers: five\n").isEmpty());
        String error = onlyError();
        assertTrue(error.startsWith("site.yml:3:"), error);
        assertTrue(error.contains("wrong value for 'options.related-papers'"), error);
    }

    @Test
    void aListWhereAMappingBelongsIsAnError() {
        assertTrue(read("- title: T\n").isEmpty());
        assertTrue(onlyError().startsWith("site.yml:1:"), onlyError());
    }

    @Test
    void textWhereANumberBelongsIsAnErrorNotCoerced() {
        assertTrue(read("options:\n  related-papers: \"5\"\n").isEmpty());
        assertTrue(onlyError().contains("expected a whole number"), onlyError());
    }

    @Test
    void aDuplicateKeyIsAnError() {
        assertTrue(read("title: One\ntitle: Two\n").isEmpty());
        assertTrue(onlyError().contains("title"), onlyError());
    }

    @Test
    void anEmptyListItemIsAnErrorNotACrash() {
        assertTrue(read("listings:\n  -\n  - file: a.txt\n").isEmpty());
        assertTrue(onlyError().startsWith("site.yml:2:"), onlyError());
    }

    @Test
    void anEmptyPhraseIsAnErrorOnItsLine() {
        assertTrue(read("topics:\n  - name: T\n    phrases: [a, ~]\n").isEmpty());
        assertTrue(onlyError().startsWith("site.yml:3:"), onlyError());
        assertTrue(onlyError().contains("'topics[0].phrases[1]': an empty item"), onlyError());
    }

    @Test
    void aBillionLaughsAliasBombIsRefusedBeforeItExpands() {
        StringBuilder yaml = new StringBuilder("topics:\n  - name: T0\n    phrases: &p0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("  - name: T").append(i).append("\n    phrases: &p").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*p").append(i - 1);
            }
            yaml.append("]\n");
        }
        Optional<SiteConfig> config = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(yaml.toString()));
        assertTrue(config.isEmpty());
        assertTrue(onlyError().startsWith("site.yml:5:"), onlyError());
        assertTrue(onlyError().contains("YAML aliases such as '*p0' are not supported"), onlyError());
    }

    @Test
    void anAliasIsAnErrorRatherThanTheTextOfItsName() {
        assertTrue(read("title: &t Our group\ndescription: *t\n").isEmpty(), "Jackson alone would bind *t as \"t\"");
        assertTrue(onlyError().startsWith("site.yml:2:"), onlyError());
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String yaml = "title: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(yaml));
        assertTrue(diagnostics.hasErrors());
        assertTrue(onlyError().startsWith("site.yml:1"), onlyError());
    }

    @Test
    void nestingOverFiftyLevelsIsRefusedEvenUnderAKeyThatWouldFailLater() {
        assertTrue(read("title: " + "[".repeat(51) + "]".repeat(51) + "\n").isEmpty());
        assertTrue(onlyError().contains("too deeply nested"), onlyError());
    }

    @Test
    void fiftyLevelsAreStillRead() {
        read("title: " + "[".repeat(49) + "]".repeat(49) + "\n");
        assertTrue(onlyError().contains("wrong value for 'title'"), "nesting is allowed, the type is not: " + onlyError());
    }

    @Test
    void anOversizedDocumentIsRefusedBeforeParsing() {
        String yaml = "title: T\ndescription: \"" + "x".repeat(StrictYaml.MAX_YAML_CHARS) + "\"\n";
        assertTrue(read(yaml).isEmpty());
        assertTrue(onlyError().contains("YAML document is too large"), onlyError());
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        try (var out = Files.newOutputStream(site.resolve("site.yml"))) {
            byte[] line = ("# " + "padding ".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= 4L * StrictYaml.MAX_YAML_CHARS; written += line.length) {
                out.write(line);
            }
        }
        assertTrue(new SiteConfigLoader(new StrictYaml()).load(site, diagnostics).isEmpty());
        assertTrue(onlyError().contains("site.yml is too large"), onlyError());
    }

    @Test
    void aJavaTypeTagConstructsNothing() {
        Optional<SiteConfig> config = read("title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n");
        assertTrue(config.isEmpty());
        assertTrue(onlyError().startsWith("site.yml:1:8: error: YAML tags such as '!!javax.script.ScriptEngineManager'"),
                onlyError());
    }

    @Test
    void aTagOnAPlainValueIsAnErrorNotSilentlyIgnored() {
        assertTrue(read("title: !!java.lang.Runtime hello\n").isEmpty());
        assertTrue(onlyError().contains("YAML tags"), onlyError());
    }

    @Test
    void invalidUtf8InSiteYmlIsAnErrorWithLineAndByteOffset() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        byte[] bytes = "title: Caf\u00e9\ndescription: Na\u00efve\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(site.resolve("site.yml"), bytes);
        assertTrue(new SiteConfigLoader(new StrictYaml()).load(site, diagnostics).isEmpty());
        List<Diagnostic> errors = diagnostics.sorted();
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(1, errors.get(0).location().line());
        assertEquals(11, errors.get(0).location().column());
        assertTrue(errors.get(0).message().contains("invalid UTF-8 at byte offset 10"), errors.get(0).toString());
        assertEquals(2, errors.get(1).location().line());
    }

    @Test
    void aBaseUrlThatIsNotAWebAddressIsAnErrorOnItsLine() {
        assertTrue(read("title: T\nbase-url: javascript:alert(1)//\n").isEmpty());
        assertTrue(onlyError().startsWith("site.yml:2: error: base-url must be a web address"), onlyError());
    }

    @Test
    void aLanguageThatIsNotALanguageTagIsAnError() {
        assertTrue(read("language: 'en\" onload=\"alert(1)'\n").isEmpty());
        assertTrue(onlyError().startsWith("site.yml:1: error: language must be a language tag"), onlyError());
    }

    @Test
    void hostileTextInValuesIsReadAsPlainText() {
        SiteConfig config = read("title: \"<script>alert(1)</script> ${7*7} <#if x>\"\n").orElseThrow();
        assertEquals("<script>alert(1)</script> ${7*7} <#if x>", config.title(), "escaping is the renderer's job");
    }
}
