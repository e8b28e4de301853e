package dev.lectern.render;

import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A {@link Writer} that encodes what it is given to UTF-8 bytes in memory, for one page rendered on one thread. It
 * does what {@code BufferedWriter} over {@code OutputStreamWriter} over {@code ByteArrayOutputStream} did, without
 * their locks, their two intermediate copies and the JDK encoder's slow path, which took every 8 KiB chunk after a
 * page's first non-ASCII character ({@code ·} in its title): that path alone was 5% of the samples of rendering
 * 10,000 papers.
 *
 * <p>As the JDK's encoder does, a surrogate without its partner becomes {@code ?}. Not thread-safe.
 */
final class Utf8Writer extends Writer {

    private static final int CHUNK = 1024;

    private byte[] bytes;
    private int count;
    private final char[] chunk = new char[CHUNK];
    /** A high surrogate whose low half has not come yet, or 0. */
    private char pendingHigh;

    /** @param capacity the bytes to start with; the writer grows as needed */
    Utf8Writer(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    @Override
    public void write(int c) {
        chunk[0] = (char) c;
        encode(chunk, 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, chars.length);
        encode(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, text.length());
        int end = offset + length;
        for (int from = offset; from < end; from += CHUNK) {
            int n = Math.min(CHUNK, end - from);
            text.getChars(from, from + n, chunk, 0);
            encode(chunk, 0, n);
        }
    }

    private void encode(char[] chars, int offset, int length) {
        // at most 3 bytes a char, and 4 more for a surrogate pair begun in the last call
        int room = 3 * length + 4;
        if (count + room > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + room));
        }
        byte[] b = bytes;
        int p = count;
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0) {
                b[p++] = (byte) c;
            } else if (pendingHigh != 0) {
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(pendingHigh, c);
                    pendingHigh = 0;
                    b[p++] = (byte) (0xf0 | cp >> 18);
                    b[p++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    b[p++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    b[p++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    pendingHigh = 0;
                    b[p++] = '?';
                    i--; // c itself is encoded on its own
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xc0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c; // its 4 bytes take the room of the two chars
            } else if (Character.isLowSurrogate(c)) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xe0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3f);
                b[p++] = (byte) (0x80 | c & 0x3f);
            }
        }
        count = p;
    }

    /** Everything written so far, as UTF-8; a high surrogate still waiting for its partner counts as {@code ?}. */
    byte[] toByteArray() {
        byte[] out = Arrays.copyOf(bytes, count + (pendingHigh != 0 ? 1 : 0));
        if (pendingHigh != 0) {
            out[count] = '?';
        }
        return out;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
