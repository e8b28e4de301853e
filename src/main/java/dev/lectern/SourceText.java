package dev.lectern;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one policy every text input of Lectern is read under (listings, site.yml, content/ Markdown, templates):
 * UTF-8, a leading byte-order mark dropped, and invalid UTF-8 an error that names the line, column and byte offset of
 * each bad byte, because a replaced byte is text silently lost. UTF-16 files and binary files are named as such.
 */
public final class SourceText {

    /** At most this many invalid bytes are reported per file; the rest are counted. */
    static final int MAX_REPORTED = 5;

    private SourceText() {
    }

    /**
     * The text of {@code bytes}, read from {@code file}; empty when it is not UTF-8 text, with the reasons added to
     * {@code diagnostics}. Never throws.
     *
     * @param what what the file is, for messages ("listing", "content file", ...)
     */
    public static Optional<String> decode(Path file, byte[] bytes, String what, Diagnostics diagnostics) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            diagnostics.error(Location.of(file, 1), "this " + what + " is UTF-16 text, not UTF-8",
                    "save it as UTF-8 (in most editors: Save as, Encoding: UTF-8), or convert it with "
                            + "`iconv -f UTF-16 -t UTF-8`");
            return Optional.empty();
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            int[] lineAndColumn = lineAndColumn(bytes, 0, nul);
            diagnostics.error(new Location(file, lineAndColumn[0], lineAndColumn[1]),
                    "this looks like a binary file, not a " + what + " (a NUL byte at byte offset " + nul + ")",
                    "remove it, or save it as UTF-8 text");
            return Optional.empty();
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // validate through a small buffer, so that a large file is held once as bytes and once as the String
        CharBuffer scratch = CharBuffer.allocate(8192);
        int bad = 0;
        while (true) {
            CoderResult result = decoder.decode(in, scratch, true);
            if (result.isOverflow()) {
                scratch.clear();
                continue;
            }
            if (result.isUnderflow()) {
                break;
            }
            int offset = in.position();
            if (bad < MAX_REPORTED) {
                int[] lineAndColumn = lineAndColumn(bytes, start, offset);
                diagnostics.error(new Location(file, lineAndColumn[0], lineAndColumn[1]),
                        "invalid UTF-8 at byte offset " + offset + " (byte 0x"
                                + String.format("%02X", bytes[offset] & 0xFF) + ")",
                        "save the " + what + " as UTF-8; a Latin-1 or Windows-1252 file converts with "
                                + "`iconv -f WINDOWS-1252 -t UTF-8`");
            }
            bad++;
            in.position(offset + Math.max(1, result.length()));
        }
        if (bad > MAX_REPORTED) {
            diagnostics.error(Location.of(file), (bad - MAX_REPORTED) + " more invalid UTF-8 bytes in this " + what,
                    "save the " + what + " as UTF-8");
        }
        if (bad > 0) {
            return Optional.empty();
        }
        return Optional.of(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }

    /**
     * The 1-based line and column of byte {@code offset}, counting from byte {@code from} (after a byte-order mark);
     * a column counts characters, so a multi-byte character counts once.
     */
    static int[] lineAndColumn(byte[] bytes, int from, int offset) {
        int line = 1;
        int column = 1;
        int continuations = 0; // bytes still owed to the character being read
        for (int i = from; i < offset && i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 1;
                continuations = 0;
            } else if (continuations > 0 && (b & 0xC0) == 0x80) {
                continuations--;
            } else {
                column++; // a character, or an invalid byte, which a reader sees as one
                continuations = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
            }
        }
        return new int[] {line, column};
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
