package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page writer gives the bytes the JDK's UTF-8 encoder gives, however the text arrives in pieces. */
class Utf8WriterTest {

    /** ASCII, Latin-1, other BMP characters, an emoji's surrogate pair, and surrogates without their partner. */
    private static final String[] PIECES = {"a", "<", "\n", "é", "·", "×", "→", "中", "\uD83D\uDE00", "\uD835\uDC9C",
        "\uD800", "\uDC00", "x".repeat(1500)};

    @Test
    void randomTextInRandomPiecesEncodesAsTheJdkDoes() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String whole = text.toString();
            Utf8Writer out = new Utf8Writer(random.nextInt(64));
            int at = 0;
            while (at < whole.length()) {
                int n = Math.min(whole.length() - at, 1 + random.nextInt(50));
                switch (random.nextInt(3)) {
                    case 0 -> out.write(whole, at, n);
                    case 1 -> out.write(("[" + whole.substring(at, at + n) + "]").toCharArray(), 1, n);
                    default -> {
                        for (int i = at; i < at + n; i++) {
                            out.write(whole.charAt(i));
                        }
                    }
                }
                at += n;
            }
            assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), out.toByteArray(), () -> "text: " + escape(whole));
        }
    }

    @Test
    void aHighSurrogateAtTheEndIsAQuestionMark() {
        Utf8Writer out = new Utf8Writer(4);
        out.write("ok\uD83D", 0, 3);
        assertArrayEquals("ok?".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
