package dev.lectern;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code %XX} escapes of a URL's path or fragment, read as UTF-8 bytes: the link check and the preview server
 * both find a file from a URL, and must read it the same way. Not {@code URLDecoder}, which decodes HTML forms: it
 * turns {@code +} into a space, which in a path is a plus.
 */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    /**
     * {@code text} with each {@code %XX} replaced by its byte, the bytes read as UTF-8, and other characters kept as
     * they are (a URL as written in a page may hold them unescaped); null when a {@code %} is not followed by two
     * hexadecimal digits.
     */
    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int plain = 0; // where the characters not yet copied begin
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '%') {
                continue;
            }
            if (i + 2 >= text.length()) {
                return null;
            }
            int hi = Character.digit(text.charAt(i + 1), 16);
            int lo = Character.digit(text.charAt(i + 2), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            // a run of characters as a whole, so that a surrogate pair stays one character
            bytes.writeBytes(text.substring(plain, i).getBytes(StandardCharsets.UTF_8));
            bytes.write(hi * 16 + lo);
            i += 2;
            plain = i + 1;
        }
        bytes.writeBytes(text.substring(plain).getBytes(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
