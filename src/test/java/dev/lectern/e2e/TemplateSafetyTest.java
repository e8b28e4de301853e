package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A site's own templates can lay out pages, but they cannot reach Java, files outside templates/, or the shell. */
class TemplateSafetyTest {

    @TempDir
    Path temp;

    private Path site;
    private Path marker;

    @BeforeEach
    void aSiteWithOneListing() throws IOException {
        site = temp.resolve("site");
        Files.createDirectories(site.resolve("seeds"));
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("seeds/physics.txt"), """
                1 papers on arXiv
                We present high-cadence observations of coronal rain in an active region loop system...
                """);
        Files.writeString(site.resolve("site.yml"), "title: Secret site title\n");
        marker = temp.resolve("java-was-executed");
    }

    private BuiltSite.Result buildWithIndex(String template) throws IOException {
        Files.writeString(site.resolve("templates/index.ftlh"), template);
        return BuiltSite.run("build", "--site", site.toString(), "--out", temp.resolve("out").toString());
    }

    private void assertFailsClearly(BuiltSite.Result result, int line) {
        assertEquals(1, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains(site.resolve("templates/index.ftlh") + ":" + line + ":"),
                "names the template and its line: " + result.stderr());
        assertFalse(result.stderr().contains("\tat "), "no stack trace: " + result.stderr());
        assertFalse(Files.exists(marker), "no Java was executed");
        assertFalse(Files.exists(temp.resolve("out/index.html")), "nothing was written");
    }

    @Test
    void newCannotCreateJavaObjects() throws IOException {
        BuiltSite.Result result = buildWithIndex("<h1>x</h1>\n"
                + "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}\n");
        assertFailsClearly(result, 2);
        assertTrue(result.stderr().contains("?new is disabled"), result.stderr());
        assertTrue(result.stderr().contains("Execute"), result.stderr());
    }

    @Test
    void newCannotLoadObjectConstructorEither() throws IOException {
        BuiltSite.Result result = buildWithIndex("<#assign o = \"freemarker.template.utility.ObjectConstructor\"?new()>"
                + "${o(\"java.io.FileOutputStream\", \"" + marker + "\")}\n");
        assertFailsClearly(result, 1);
    }

    @Test
    void apiIsOff() throws IOException {
        BuiltSite.Result result = buildWithIndex("<h1>x</h1>\n\n${chrome.nav?api.getClass().getName()}\n");
        assertFailsClearly(result, 3);
        assertTrue(result.stderr().contains("?api is disabled: templates cannot call Java"), result.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${chrome.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"touch MARKER\")}",
            "${chrome.class.protectionDomain.codeSource.location}",
            "${chrome.getClass().getClassLoader()}",
    })
    void templatesCannotReachClassesThroughTheViews(String expression) throws IOException {
        BuiltSite.Result result = buildWithIndex("<h1>x</h1>\n" + expression.replace("MARKER", marker.toString()) + "\n");
        assertFailsClearly(result, 2);
    }

    @Test
    void includeCannotLeaveTheTemplatesFolder() throws IOException {
        BuiltSite.Result result = buildWithIndex("<h1>x</h1>\n<#include \"../site.yml\">\n");
        assertFailsClearly(result, 2);
        assertFalse(result.stderr().contains("Secret site title"));
    }

    @Test
    void aBrokenTemplateNamesItsFileLineAndColumn() throws IOException {
        BuiltSite.Result result = buildWithIndex("<h1>x</h1>\n<p>${chrome.title</p>\n");
        assertFailsClearly(result, 2);
        assertTrue(result.stderr().contains("template does not parse"), result.stderr());
        assertTrue(result.stderr().contains("hint:"), result.stderr());
    }

    @Test
    void aTemplateWithInvalidUtf8IsAnErrorLikeAnyOtherInput() throws IOException {
        Files.write(site.resolve("templates/index.ftlh"),
                "<h1>Caf\u00e9</h1>\n".getBytes(StandardCharsets.ISO_8859_1));
        BuiltSite.Result result = BuiltSite.run("build", "--site", site.toString(), "--out",
                temp.resolve("out").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains(site.resolve("templates/index.ftlh") + ":1:8: error: invalid UTF-8 at byte offset 7"),
                result.stderr());
    }
}
