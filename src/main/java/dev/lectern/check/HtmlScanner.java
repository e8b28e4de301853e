package dev.lectern.check;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
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

    /**
     * Hears each start tag: its lower-case name, attributes (lower-case names, decoded values) and line. The
     * attributes are valid only during the call: the scanner reuses them for the next tag.
     */
    @FunctionalInterface
    interface TagListener {
        void tag(String name, Attributes attributes, int line);
    }

    /**
     * The attributes of one start tag, in document order, each name once (the first wins, as in a browser). A
     * page has thousands of tags; one of these serves them all instead of a map per tag.
     */
    static final class Attributes {

        private String[] names = new String[8];
        private String[] values = new String[8];
        private int size;

        /** The value of attribute {@code name} (lower-case), or null when the tag has none. */
        String get(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }

        boolean has(String name) {
            return get(name) != null;
        }

        private void clear() {
            size = 0;
        }

        private void putIfAbsent(String name, String value) {
            if (has(name)) {
                return;
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        /** As a map prints: {@code {href=x.html, class=c}}. */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < size; i++) {
                out.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
            }
            return out.append('}').toString();
        }
    }

    /**
     * Lower-case ASCII names, found by their bytes (in any case) without making a string: a page has thousands of
     * tags and attributes, and comparing each name with every known one was a fifth of the scan.
     */
    private static final class Names {

        private final String[] names;
        private final byte[][] bytes;
        private final int mask;

        Names(String... names) {
            int size = Integer.highestOneBit(names.length * 4 - 1) << 1;
            this.names = new String[size];
            this.bytes = new byte[size][];
            this.mask = size - 1;
            for (String name : names) {
                byte[] b = name.getBytes(StandardCharsets.ISO_8859_1);
                int slot = hash(b, 0, b.length) & mask;
                while (this.names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                this.names[slot] = name;
                this.bytes[slot] = b;
            }
        }

        /** The known name that {@code html[start, end)} spells, ignoring ASCII case, or null. */
        String find(byte[] html, int start, int end) {
            for (int slot = hash(html, start, end) & mask; names[slot] != null; slot = (slot + 1) & mask) {
                byte[] known = bytes[slot];
                if (known.length == end - start && equalsIgnoreCase(html, start, known)) {
                    return names[slot];
                }
            }
            return null;
        }

        private static int hash(byte[] b, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + lower(b[i]);
            }
            return h ^ (h >>> 7);
        }
    }

    /** White space as the tokenizer took it, reading the page as Latin-1 characters. */
    private static final boolean[] SPACE = new boolean[256];
    /**
     * Lower-case element names: a tag's name comes from here instead of a new string for each of a page's thousands
     * of tags; other names are made as they come.
     */
    private static final Names ELEMENTS = new Names("a", "abbr", "area", "article", "aside", "audio", "b", "base",
        "blockquote", "body", "br", "button", "caption", "circle", "code", "dd", "details", "div", "dl", "dt", "em",
        "embed", "figcaption", "figure", "footer", "form", "g", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hr", "html", "i", "iframe", "img", "input", "label", "li", "line", "link", "main", "mark", "math", "meta",
        "nav", "object", "ol", "option", "p", "path", "pre", "rect", "script", "section", "select", "small",
        "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template",
        "text", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "video");

    static {
        for (int c = 0; c < 256; c++) {
            SPACE[c] = Character.isWhitespace((char) c);
        }
    }

    private final byte[] html;
    /** The attributes to report, lower-case; null for all. */
    private final Names wanted;
    private final Attributes attributes = new Attributes();
    private int pos;
    /** Lines are counted lazily, up to where the last tag started. */
    private int countedTo;
    private int line = 1;

    private HtmlScanner(byte[] html, Set<String> wanted) {
        this.html = html;
        this.wanted = wanted == null ? null : new Names(wanted.toArray(String[]::new));
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
                String name = readName();
                readAttributes();
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

    private void readAttributes() {
        attributes.clear();
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
            String name = wantedName(nameStart, pos);
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

    /** The element's lower-case name. */
    private String readName() {
        int start = pos;
        while (pos < html.length) {
            byte c = html[pos];
            if (isSpace(c) || c == '>' || c == '/') {
                break;
            }
            pos++;
        }
        String known = ELEMENTS.find(html, start, pos);
        return known != null ? known
                : new String(html, start, pos - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
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

    /** The lower-case name of the attribute between {@code start} and {@code end}, or null when it is not wanted. */
    private String wantedName(int start, int end) {
        if (wanted == null) {
            return new String(html, start, end - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        }
        return wanted.find(html, start, end);
    }

    /** Whether {@code html} at {@code at} spells {@code lowerAscii}, ignoring ASCII case. */
    private static boolean equalsIgnoreCase(byte[] html, int at, byte[] lowerAscii) {
        for (int i = 0; i < lowerAscii.length; i++) {
            if (lower(html[at + i]) != lowerAscii[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
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
            if (lower(html[at + i]) != lowerAscii.charAt(i)) {
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
        return SPACE[b & 0xff];
    }

    private static boolean isLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
