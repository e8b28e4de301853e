package dev.lectern.check;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    private final String html;
    private int pos;
    private int line = 1;

    private HtmlScanner(String html) {
        this.html = html;
    }

    /**
     * Scans UTF-8 bytes. They are read as Latin-1, one char per byte, which is cheap and keeps every ASCII byte of the
     * markup where it is (UTF-8 never uses ASCII bytes inside a multi-byte character); only attribute values are
     * decoded as UTF-8.
     */
    static void scan(byte[] utf8, TagListener listener) {
        new HtmlScanner(new String(utf8, StandardCharsets.ISO_8859_1)).run(listener);
    }

    private void run(TagListener listener) {
        int length = html.length();
        while (pos < length) {
            char c = html.charAt(pos);
            if (c != '<') {
                advance();
                continue;
            }
            if (html.startsWith("<!--", pos)) {
                skipPast("-->");
            } else if (pos + 1 < length && (html.charAt(pos + 1) == '!' || html.charAt(pos + 1) == '?')) {
                skipPast(">");
            } else if (pos + 1 < length && html.charAt(pos + 1) == '/') {
                skipPast(">");
            } else if (pos + 1 < length && isLetter(html.charAt(pos + 1))) {
                int tagLine = line;
                advance();
                String name = readName().toLowerCase(Locale.ROOT);
                Map<String, String> attributes = readAttributes();
                listener.tag(name, attributes, tagLine);
                if (name.equals("script") || name.equals("style") || name.equals("textarea") || name.equals("title")) {
                    skipRawText(name);
                }
            } else {
                advance();
            }
        }
    }

    private Map<String, String> readAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        int length = html.length();
        while (pos < length) {
            skipSpace();
            if (pos >= length) {
                break;
            }
            char c = html.charAt(pos);
            if (c == '>') {
                advance();
                break;
            }
            if (c == '/') {
                advance();
                continue;
            }
            String name = readAttributeName().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                advance();
                continue;
            }
            skipSpace();
            String value = "";
            if (pos < length && html.charAt(pos) == '=') {
                advance();
                skipSpace();
                value = readValue();
            }
            attributes.putIfAbsent(name, value);
        }
        return attributes;
    }

    private String readValue() {
        if (pos >= html.length()) {
            return "";
        }
        char quote = html.charAt(pos);
        int start;
        int end;
        if (quote == '"' || quote == '\'') {
            advance();
            start = pos;
            while (pos < html.length() && html.charAt(pos) != quote) {
                advance();
            }
            end = pos;
            if (pos < html.length()) {
                advance();
            }
        } else {
            start = pos;
            while (pos < html.length() && !Character.isWhitespace(html.charAt(pos)) && html.charAt(pos) != '>') {
                advance();
            }
            end = pos;
        }
        String raw = utf8(html.substring(start, end));
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
    }

    private static String utf8(String latin1) {
        for (int i = 0; i < latin1.length(); i++) {
            if (latin1.charAt(i) >= 0x80) {
                return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return latin1;
    }

    private String readName() {
        int start = pos;
        while (pos < html.length()) {
            char c = html.charAt(pos);
            if (Character.isWhitespace(c) || c == '>' || c == '/') {
                break;
            }
            advance();
        }
        return html.substring(start, pos);
    }

    private String readAttributeName() {
        int start = pos;
        while (pos < html.length()) {
            char c = html.charAt(pos);
            if (Character.isWhitespace(c) || c == '>' || c == '/' || c == '=') {
                break;
            }
            advance();
        }
        return html.substring(start, pos);
    }

    /** Past the end tag of a raw-text element; the text between holds no tags. */
    private void skipRawText(String name) {
        String endTag = "</" + name;
        int end = pos;
        while (end < html.length() && !html.regionMatches(true, end, endTag, 0, endTag.length())) {
            end = html.indexOf('<', end + 1);
            if (end < 0) {
                end = html.length();
            }
        }
        moveTo(end);
    }

    private void skipPast(String marker) {
        int end = html.indexOf(marker, pos);
        moveTo(end < 0 ? html.length() : end + marker.length());
    }

    private void skipSpace() {
        while (pos < html.length() && Character.isWhitespace(html.charAt(pos))) {
            advance();
        }
    }

    private void moveTo(int target) {
        while (pos < target) {
            advance();
        }
    }

    private void advance() {
        if (html.charAt(pos) == '\n') {
            line++;
        }
        pos++;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
