package dev.lectern.check;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Walks the start tags of an HTML page and their attributes, with line numbers, without building a document tree: the
 * link check reads every page of the site, and a tree costs ten times as much. It follows the HTML tokenizer where
 * that matters for finding tags: comments, doctypes and the raw text of {@code script}, {@code style},
 * {@code textarea} and {@code title} hold no tags; attribute values may be quoted either way or not at all, and
 * their character references are decoded.
 */
final class HtmlScanner {

    /** Hears each start tag: its lower-case name, attributes (lower-case names, decoded values) and line. */
    @FunctionalInterface
    interface TagListener {
        void tag(String name, Map<String, String> attributes, int line);
    }

    private final byte[] html;
    /** The attributes to report, lower-case; null for all. */
    private final Set<String> wanted;
    private final byte[][] wantedBytes;
    private int pos;
    /** Lines are counted lazily, up to where the last tag started. */
    private int countedTo;
    private int line = 1;

    private HtmlScanner(byte[] html, Set<String> wanted) {
        this.html = html;
        this.wanted = wanted;
        this.wantedBytes = wanted == null ? null
                : wanted.stream().map(w -> w.getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);
    }

    /**
     * Scans UTF-8 bytes as they are: every ASCII byte of the markup is where it is (UTF-8 never uses ASCII bytes
     * inside a multi-byte character), so only attribute values need decoding. Reading the bytes in place instead of
     * copying each page into a String first halved the link check's time at 10,000 papers.
     */
    static void scan(byte[] utf8, TagListener listener) {
        new HtmlScanner(utf8, null).run(listener);
    }

    /**
     * Scans as {@link #scan(byte[], TagListener)} but reports only the {@code wanted} attributes (lower-case names):
     * the others are stepped over without making strings of them, which is most of the work on a page.
     */
    static void scan(byte[] utf8, Set<String> wanted, TagListener listener) {
        new HtmlScanner(utf8, Set.copyOf(wanted)).run(listener);
    }

    private void run(TagListener listener) {
        int length = html.length;
        while (pos < length) {
            if (html[pos] != '<') {
                pos++;
                continue;
            }
            byte next = pos + 1 < length ? html[pos + 1] : 0;
            if (startsWith("<!--", pos)) {
                skipPast("-->");
            } else if (next == '!' || next == '?' || next == '/') {
                skipPast(">");
            } else if (isLetter(next)) {
                int tagLine = lineAt(pos);
                pos++;
                String name = readName().toLowerCase(Locale.ROOT);
                Map<String, String> attributes = readAttributes();
                listener.tag(name, attributes, tagLine);
                if (name.equals("script") || name.equals("style") || name.equals("textarea") || name.equals("title")) {
                    skipRawText(name);
                }
            } else {
                pos++;
            }
        }
    }

    /** The 1-based line of {@code offset}, which is never before the last one asked for. */
    private int lineAt(int offset) {
        for (int i = countedTo; i < offset; i++) {
            if (html[i] == '\n') {
                line++;
            }
        }
        countedTo = offset;
        return line;
    }

    private Map<String, String> readAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        int length = html.length;
        while (pos < length) {
            skipSpace();
            if (pos >= length) {
                break;
            }
            byte c = html[pos];
            if (c == '>') {
                pos++;
                break;
            }
            if (c == '/') {
                pos++;
                continue;
            }
            int nameStart = pos;
            skipAttributeName();
            if (pos == nameStart) {
                pos++;
                continue;
            }
            String name = isWanted(nameStart, pos)
                    ? new String(html, nameStart, pos - nameStart, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                    : null;
            skipSpace();
            String value = "";
            if (pos < length && html[pos] == '=') {
                pos++;
                skipSpace();
                value = readValue(name != null);
            }
            if (name != null) {
                attributes.putIfAbsent(name, value);
            }
        }
        return attributes;
    }

    /** Reads a value; when it is not {@code kept}, only steps over it and returns null. */
    private String readValue(boolean kept) {
        if (pos >= html.length) {
            return "";
        }
        byte quote = html[pos];
        int start;
        int end;
        if (quote == '"' || quote == '\'') {
            pos++;
            start = pos;
            while (pos < html.length && html[pos] != quote) {
                pos++;
            }
            end = pos;
            if (pos < html.length) {
                pos++;
            }
        } else {
            start = pos;
            while (pos < html.length && !isSpace(html[pos]) && html[pos] != '>') {
                pos++;
            }
            end = pos;
        }
        if (!kept) {
            return null;
        }
        String raw = new String(html, start, end - start, StandardCharsets.UTF_8);
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
    }

    private String readName() {
        int start = pos;
        while (pos < html.length) {
            byte c = html[pos];
            if (isSpace(c) || c == '>' || c == '/') {
                break;
            }
            pos++;
        }
        return new String(html, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    private void skipAttributeName() {
        while (pos < html.length) {
            byte c = html[pos];
            if (isSpace(c) || c == '>' || c == '/' || c == '=') {
                break;
            }
            pos++;
        }
    }

    /** Whether the attribute name between {@code start} and {@code end} is one to report. */
    private boolean isWanted(int start, int end) {
        if (wanted == null) {
            return true;
        }
        for (byte[] w : wantedBytes) {
            if (w.length == end - start && equalsIgnoreCase(w, start)) {
                return true;
            }
        }
        return false;
    }

    private boolean equalsIgnoreCase(byte[] lowerAscii, int at) {
        for (int i = 0; i < lowerAscii.length; i++) {
            int c = html[at + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerAscii[i]) {
                return false;
            }
        }
        return true;
    }

    /** Past the end tag of a raw-text element; the text between holds no tags. */
    private void skipRawText(String name) {
        String endTag = "</" + name;
        int end = pos;
        while (end < html.length && !startsWithIgnoreCase(endTag, end)) {
            end = indexOf((byte) '<', end + 1);
            if (end < 0) {
                end = html.length;
            }
        }
        pos = end;
    }

    private void skipPast(String marker) {
        int end = indexOf(marker, pos);
        pos = end < 0 ? html.length : end + marker.length();
    }

    private void skipSpace() {
        while (pos < html.length && isSpace(html[pos])) {
            pos++;
        }
    }

    private boolean startsWith(String ascii, int at) {
        if (at + ascii.length() > html.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (html[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithIgnoreCase(String lowerAscii, int at) {
        if (at + lowerAscii.length() > html.length) {
            return false;
        }
        for (int i = 0; i < lowerAscii.length(); i++) {
            int c = html[at + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerAscii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < html.length; i++) {
            if (html[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(String ascii, int from) {
        byte first = (byte) ascii.charAt(0);
        for (int i = indexOf(first, from); i >= 0; i = indexOf(first, i + 1)) {
            if (startsWith(ascii, i)) {
                return i;
            }
        }
        return -1;
    }

    /** What the tokenizer took for white space when it read the page as Latin-1 characters. */
    private static boolean isSpace(byte b) {
        return Character.isWhitespace((char) (b & 0xff));
    }

    private static boolean isLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
