package dev.lectern.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the references out of HTML pages (links, forms, stylesheets, scripts, media) and CSS ({@code url(...)}). */
final class RefExtractor {

    /** Per element, the attributes that hold a URL. */
    private static final Map<String, List<String>> URL_ATTRIBUTES = Map.ofEntries(
            Map.entry("a", List.of("href")),
            Map.entry("area", List.of("href")),
            Map.entry("form", List.of("action")),
            Map.entry("link", List.of("href")),
            Map.entry("script", List.of("src")),
            Map.entry("img", List.of("src")),
            Map.entry("source", List.of("src")),
            Map.entry("video", List.of("src", "poster")),
            Map.entry("audio", List.of("src")),
            Map.entry("track", List.of("src")),
            Map.entry("iframe", List.of("src")),
            Map.entry("embed", List.of("src")),
            Map.entry("object", List.of("data")));
    /** Elements a reader follows to another page; the rest load resources into the page. */
    private static final Set<String> NAVIGATION = Set.of("a", "area", "form");
    /** The attributes read at all: ids and anchor names, every URL attribute, srcset and rel. */
    private static final Set<String> READ = Set.of("id", "name", "href", "action", "src", "poster", "data",
            "srcset", "rel");

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])([^'\"]+)\\1");

    private RefExtractor() {
    }

    static PageRefs html(byte[] bytes) {
        List<PageRefs.Ref> refs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        HtmlScanner.scan(bytes, READ, (name, attributes, line) -> {
            String id = attributes.get("id");
            if (id != null) {
                ids.add(id);
            }
            if (name.equals("a") && attributes.has("name")) {
                ids.add(attributes.get("name"));
            }
            List<String> urls = URL_ATTRIBUTES.get(name);
            if (urls == null || name.equals("link") && attributes.has("rel") && isHint(attributes.get("rel"))) {
                return;
            }
            for (String attribute : urls) {
                String url = attributes.get(attribute);
                if (url != null) {
                    refs.add(new PageRefs.Ref(url.strip(), line, NAVIGATION.contains(name)));
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
        return new PageRefs(refs, Set.of());
    }
}
