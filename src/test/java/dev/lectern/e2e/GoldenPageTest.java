package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One paper page of a small fixed site, compared byte for byte with a checked-in copy, so that any change to what
 * a reader gets is seen in review. After an intended change, update the copy with
 * {@code mvn -B test -Dtest=GoldenPageTest -Dlectern.updateGolden=true} and read the diff.
 */
class GoldenPageTest {

    static final Path SITE = Path.of("src/test/resources/golden-site");
    static final Path GOLDEN = Path.of("src/test/resources/golden/paper-on-policy-distillation.html");
    static final String PAGE = "papers/on-policy-distillation-of-language-models-learning-from-self/index.html";

    @TempDir
    Path temp;

    @Test
    void aPaperPageIsExactlyAsCheckedIn() throws IOException {
        BuiltSite built = BuiltSite.build(SITE, temp.resolve("out"));
        String actual = Files.readString(built.root.resolve(PAGE), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("lectern.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
                "the page changed; if that is intended, update the golden file (see this class's comment)");
    }
}
