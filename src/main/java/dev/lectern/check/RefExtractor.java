package dev.lectern.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the references out of HTML pages (links, forms, stylesheets, scripts, media) and CSS ({@code url(...)}). */
final class RefExtractor {

    private static final List<String> HREF = List.of("href");
    private static final List<String> SRC = List.of("src");
    private static final List<String> ACTION = List.of("action");
    private static final List<String> DATA = List.of("data");
    private static final List<String> SRC_AND_POSTER = List.of("src", "poster");
    /** The attributes read at all: ids and anchor names, every URL attribute, srcset and rel. */
    private static final Set<String> READ = Set.of("id", "name", "href", "action", "src", "poster", "data",
            "srcset", "rel");

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])([^'\"]+)\\1");

    private RefExtractor() {
    }

    /**
     * The attributes of {@code element} that hold a URL, or null. A switch rather than a map: the map's calls to
     * {@code hashCode} and {@code equals} on Object, which the quick compiler does not inline, were 4% of the link
     * check's CPU; the switch calls String's own.
     */
    private static List<String> urlAttributes(String element) {
        return switch (element) {
            case "a", "area", "link" -> HREF;
            case "form" -> ACTION;
            case "script", "img", "source", "audio", "track", "iframe", "embed" -> SRC;
            case "video" -> SRC_AND_POSTER;
            case "object" -> DATA;
            default -> null;
        };
    }

    /** Whether a reader follows {@code element} to another page; the rest load resources into the page. */
    private static boolean isNavigation(String element) {
        return switch (element) {
            case "a", "area", "form" -> true;
            default -> false;
        };
    }

    static PageRefs html(byte[] bytes) {
        List<PageRefs.Ref> refs = new ArrayList<>();
        List<String> ids = new ArrayList<>(); // a set per page cost more than sorting out repeats once
        HtmlScanner.scan(bytes, READ, (name, attributes, line) -> {
            if (attributes.isEmpty()) {
                return; // most tags (li, span, div, p) have none of the attributes read
            }
            String id = attributes.get("id");
            if (id != null) {
                ids.add(id);
            }
            if (name.equals("a") && attributes.has("name")) {
                ids.add(attributes.get("name"));
            }
            List<String> urls = urlAttributes(name);
            if (urls == null || name.equals("link") && attributes.has("rel") && isHint(attributes.get("rel"))) {
                return;
            }
            for (String attribute : urls) {
                String url = attributes.get(attribute);
                if (url != null) {
                    refs.add(new PageRefs.Ref(url.strip(), line, isNavigation(name)));
                }
            }
            String srcset = attributes.get("srcset");
            if (srcset != null && (name.equals("img") || name.equals("source"))) {
                for (String candidate : srcset.split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        refs.add(new PageRefs.Ref(url, line, false));
                    }
                }
            }
        });
        return new PageRefs(refs, ids);
    }

    /** Connection hints name hosts, not files. */
    private static boolean isHint(String rel) {
        String r = rel.toLowerCase(Locale.ROOT);
        return r.contains("preconnect") || r.contains("dns-prefetch");
    }

    static PageRefs css(byte[] bytes) {
        String css = new String(bytes, StandardCharsets.UTF_8);
        List<PageRefs.Ref> refs = new ArrayList<>();
        for (Pattern pattern : List.of(CSS_URL, CSS_IMPORT)) {
            Matcher m = pattern.matcher(css);
            // matches come in order, so each line count goes on from the previous match
            int line = 1;
            int counted = 0;
            while (m.find()) {
                for (; counted < m.start(); counted++) {
                    if (css.charAt(counted) == '\n') {
                        line++;
                    }
                }
                refs.add(new PageRefs.Ref(m.group(2).strip(), line, false));
            }
        }
        refs.sort(java.util.Comparator.comparingInt(PageRefs.Ref::line));
        return new PageRefs(refs, List.of());
    }
}
