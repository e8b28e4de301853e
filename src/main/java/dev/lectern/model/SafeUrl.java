package dev.lectern.model;

import java.util.Locale;

/** Whether a URL from front matter may become a link: web, mail and relative URLs yes; script and data URLs never. */
public final class SafeUrl {

    private SafeUrl() {
    }

    /** Whether {@code url} may be the target of a link. */
    public static boolean isSafe(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        if (colon < 0 || (slash >= 0 && slash < colon)) {
            return true; // relative
        }
        String scheme = u.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }
}
