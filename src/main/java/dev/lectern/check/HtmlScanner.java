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

        boolean isEmpty() {
            return size == 0;
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

        /**
         * The known name that {@code html[start, end)} spells, ignoring ASCII case, or null. {@code hash} is its
         * {@link #hash}, which the scanner works out as it steps over the name instead of in a second pass.
         */
        String find(byte[] html, int start, int end, int hash) {
            for (int slot = hash & mask; names[slot] != null; slot = (slot + 1) & mask) {
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
            return spread(h);
        }

        /** The hash of a name from {@code 31 * h + lower(b)} over its bytes. */
        static int spread(int h) {
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
    /**
     * The 1-based line of {@code pos}: each step over the page counts the line feeds it passes, so the bytes are read
     * once; counting them afresh up to each tag was a second pass over the page and an eighth of the link check.
     */
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
        byte[] html = this.html;
        int length = html.length;
        while (pos < length) {
            skipTo((byte) '<');
            if (pos >= length) {
                break;
            }
            byte next = pos + 1 < length ? html[pos + 1] : 0;
            if (next == '!' && startsWith("<!--", pos)) {
                skipPast("-->");
            } else if (next == '!' || next == '?' || next == '/') {
                skipPastTagEnd(); // half of all tags are end tags
            } else if (isLetter(next)) {
                int tagLine = line;
                pos++;
                String name = readName();
                readAttributes();
                listener.tag(name, attributes, tagLine);
                String rawTextEnd = rawTextEnd(name);
                if (rawTextEnd != null) {
                    skipRawText(rawTextEnd);
                }
            } else {
                pos++;
            }
        }
    }

    /** The start of the end tag of a raw-text element ({@code </script}), or null for other elements. */
    private static String rawTextEnd(String element) {
        return switch (element) {
            case "script" -> "</script";
            case "style" -> "</style";
            case "textarea" -> "</textarea";
            case "title" -> "</title";
            default -> null;
        };
    }

    /** Moves to {@code end}, counting the lines stepped over. */
    private void moveTo(int end) {
        byte[] html = this.html;
        int lines = line;
        for (int i = pos; i < end; i++) {
            if (html[i] == '\n') {
                lines++;
            }
        }
        line = lines;
        pos = end;
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
            int hash = skipAttributeName();
            if (pos == nameStart) {
                pos++;
                continue;
            }
            String name = wantedName(nameStart, pos, hash);
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

    /**
     * Reads a value; when it is not {@code kept}, only steps over it and returns null. The loop that finds its end
     * also notes whether it holds a character reference or a non-ASCII byte: most values are plain ASCII, which
     * then becomes a string without the decoder's own pass over it.
     */
    private String readValue(boolean kept) {
        byte[] html = this.html;
        int length = html.length;
        int at = pos;
        if (at >= length) {
            return "";
        }
        byte quote = html[at];
        int start;
        int end;
        int ored = 0; // every byte of the value or-ed together: negative when one is not ASCII
        boolean reference = false;
        if (quote == '"' || quote == '\'') {
            start = ++at;
            int lines = 0;
            if (kept) {
                while (at < length) {
                    byte c = html[at];
                    if (c == quote) {
                        break;
                    }
                    if (c == '\n') {
                        lines++;
                    }
                    ored |= c;
                    reference |= c == '&';
                    at++;
                }
            } else {
                // most of a page's values (classes, descriptions, titles) are only stepped over
                pos = at;
                skipTo(quote);
                at = pos;
            }
            end = at;
            line += lines;
            if (at < length) {
                at++;
            }
        } else {
            start = at;
            while (at < length) {
                byte c = html[at];
                if (c == '>' || isSpace(c)) {
                    break;
                }
                ored |= c;
                reference |= c == '&';
                at++;
            }
            end = at;
        }
        pos = at;
        if (!kept) {
            return null;
        }
        if (ored >= 0 && !reference) {
            return new String(html, start, end - start, StandardCharsets.ISO_8859_1); // ASCII reads the same
        }
        String raw = new String(html, start, end - start, StandardCharsets.UTF_8);
        return reference ? Parser.unescapeEntities(raw, true) : raw;
    }

    /** The element's lower-case name. */
    private String readName() {
        byte[] html = this.html;
        int start = pos;
        int end = start;
        int hash = 0;
        while (end < html.length) {
            byte c = html[end];
            if (c == '>' || c == '/' || isSpace(c)) {
                break;
            }
            hash = 31 * hash + lower(c);
            end++;
        }
        pos = end;
        String known = ELEMENTS.find(html, start, end, Names.spread(hash));
        return known != null ? known
                : new String(html, start, end - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    /** Steps over an attribute name; returns its {@link Names#hash}. */
    private int skipAttributeName() {
        byte[] html = this.html;
        int at = pos;
        int hash = 0;
        while (at < html.length) {
            byte c = html[at];
            if (c == '>' || c == '/' || c == '=' || isSpace(c)) {
                break;
            }
            hash = 31 * hash + lower(c);
            at++;
        }
        pos = at;
        return Names.spread(hash);
    }

    /**
     * The lower-case name of the attribute between {@code start} and {@code end} (whose {@link Names#hash} is
     * {@code hash}), or null when it is not wanted.
     */
    private String wantedName(int start, int end, int hash) {
        if (wanted == null) {
            return new String(html, start, end - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        }
        return wanted.find(html, start, end, hash);
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

    /** Up to {@code endTag} ({@code </script}, in lower case), in any case; the raw text before holds no tags. */
    private void skipRawText(String endTag) {
        while (pos < html.length && !startsWithIgnoreCase(endTag, pos)) {
            moveTo(pos + 1);
            skipTo((byte) '<');
        }
    }

    private void skipPastTagEnd() {
        skipTo((byte) '>');
        if (pos < html.length) {
            pos++;
        }
    }

    /**
     * Moves to the next {@code b}, or the end, counting lines on the way. The loops over bytes keep their place in
     * locals: the build runs with the quick compiler alone, which keeps a field in memory, so a loop on {@code pos}
     * stored it at each byte.
     */
    private void skipTo(byte b) {
        byte[] html = this.html;
        int length = html.length;
        int at = pos;
        int lines = line;
        while (at < length) {
            byte c = html[at];
            if (c == b) {
                break;
            }
            if (c == '\n') {
                lines++;
            }
            at++;
        }
        pos = at;
        line = lines;
    }

    private void skipPast(String marker) {
        int end = indexOf(marker, pos);
        moveTo(end < 0 ? html.length : end + marker.length());
    }

    private void skipSpace() {
        byte[] html = this.html;
        int at = pos;
        while (at < html.length) {
            byte c = html[at];
            if (!isSpace(c)) {
                break;
            }
            if (c == '\n') {
                line++;
            }
            at++;
        }
        pos = at;
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
