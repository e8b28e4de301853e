package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yml and front matter that name something that is not there: an error with file, line and a hint. */
class MissingReferencesTest {

    @TempDir
    Path temp;

    private Path site;

    @BeforeEach
    void aSite() throws IOException {
        site = temp.resolve("site");
        Files.createDirectories(site.resolve("seeds"));
        Files.writeString(site.resolve("seeds/physics.txt"), """
                1 papers on arXiv
                We present high-cadence observations of coronal rain in an active region loop system...
                """);
    }

    private BuiltSite.Result build() {
        return BuiltSite.run("build", "--site", site.toString(), "--out", temp.resolve("out").toString());
    }

    private void assertError(String expected) {
        BuiltSite.Result result = build();
        assertEquals(1, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains(expected), result.stderr());
        assertTrue(result.stderr().contains("hint:"), result.stderr());
        assertFalse(result.stderr().contains("\tat "), "no stack trace: " + result.stderr());
        assertFalse(Files.exists(temp.resolve("out/index.html")));
    }

    @Test
    void aListingFileThatIsNotThereIsAnErrorOnItsLineListingTheFilesThatAre() throws IOException {
        Files.writeString(site.resolve("site.yml"), "title: T\nlistings:\n  - file: phyiscs.txt\n");
        assertError("site.yml:3: error: listing file 'phyiscs.txt' does not exist in seeds/");
        assertTrue(build().stderr().contains("seeds/ has: physics.txt"));
    }

    @Test
    void aListingFileOutsideSeedsIsRefused() throws IOException {
        Files.writeString(site.resolve("site.yml"), "listings:\n  - file: ../site.yml\n");
        assertError("site.yml:2: error: listing file '../site.yml' is outside seeds/");
    }

    @Test
    void notesThatMatchNoPaperAreAnError() throws IOException {
        Files.createDirectories(site.resolve("content/papers"));
        Files.writeString(site.resolve("content/papers/ghost.md"), "---\nmatch: \"A paper that no listing has\"\n---\n");
        assertError("ghost.md:1: error: these notes match no paper");
    }

    @Test
    void notesThatNameAnUnknownTopicAreAnError() throws IOException {
        Files.createDirectories(site.resolve("content/papers"));
        Files.writeString(site.resolve("content/papers/rain.md"),
                "---\nmatch: \"We present high-cadence observations\"\ntopics: [coronal-drizzle]\n---\n");
        assertError("rain.md:1: error: unknown topic 'coronal-drizzle'");
    }

    @Test
    void aTopicDescriptionForNoTopicIsAnError() throws IOException {
        Files.createDirectories(site.resolve("content/topics"));
        Files.writeString(site.resolve("content/topics/solar-wind.md"), "About the wind.\n");
        assertError("solar-wind.md: error: no topic 'solar-wind' to describe");
    }

    @Test
    void aSiteWithoutSeedsIsAnErrorSayingWhereTheyGo() throws IOException {
        Files.delete(site.resolve("seeds/physics.txt"));
        Files.delete(site.resolve("seeds"));
        assertError("seeds: error: the site has no seeds/ folder");
    }
}
