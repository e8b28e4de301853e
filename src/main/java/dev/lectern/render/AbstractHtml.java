package dev.lectern.render;

import dev.lectern.model.Abstract;

/**
 * An abstract as HTML: text escaped, {@code ~} as a non-breaking space, {@code $...$} as inline math for the page's
 * math rendering, and a real ellipsis where the listing cut it.
 */
public final class AbstractHtml {

    private AbstractHtml() {
    }

    public static String of(Abstract abstractText) {
        String tex = abstractText.tex();
        StringBuilder html = new StringBuilder(tex.length() + 32);
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if (c == '\\' && i + 1 < tex.length() && (tex.charAt(i + 1) == '$' || tex.charAt(i + 1) == '~')) {
                html.append(tex.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '$') {
                int close = closingDollar(tex, i + 1);
                if (close > i + 1) {
                    html.append("<span class=\"math\">\\(");
                    escapeInto(tex, i + 1, close, html);
                    html.append("\\)</span>");
                    i = close + 1;
                    continue;
                }
            }
            if (c == '~') {
                html.append("&nbsp;");
            } else {
                escapeInto(c, html);
            }
            i++;
        }
        if (abstractText.cut()) {
            html.append("<span class=\"cut\" title=\"The listing cuts this abstract here\">\u2026</span>");
        }
        return html.toString();
    }

    private static int closingDollar(String tex, int from) {
        for (int j = from; j < tex.length(); j++) {
            char c = tex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '$') {
                return j;
            }
        }
        return -1;
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    static void escapeInto(String text, StringBuilder out) {
        escapeInto(text, 0, text.length(), out);
    }

    private static void escapeInto(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            escapeInto(text.charAt(i), out);
        }
    }

    private static void escapeInto(char c, StringBuilder out) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
