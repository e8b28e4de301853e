package dev.lectern.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads the references out of HTML pages (links, forms, stylesheets, scripts, media) and CSS ({@code url(...)}). */
final class RefExtractor {

    /** Elements that refer to a URL: which attribute holds it, and whether a reader navigates there. */
    private record Kind(String selector, String attribute, boolean navigation) {
    }

    private static final List<Kind> HTML_REFS = List.of(
            new Kind("a[href]", "href", true),
            new Kind("area[href]", "href", true),
            new Kind("form[action]", "action", true),
            new Kind("link[href]", "href", false),
            new Kind("script[src]", "src", false),
            new Kind("img[src]", "src", false),
            new Kind("source[src]", "src", false),
            new Kind("video[src]", "src", false),
            new Kind("video[poster]", "poster", false),
            new Kind("audio[src]", "src", false),
            new Kind("track[src]", "src", false),
            new Kind("iframe[src]", "src", false),
            new Kind("embed[src]", "src", false),
            new Kind("object[data]", "data", false));

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])([^'\"]+)\\1");

    private RefExtractor() {
    }

    static PageRefs html(byte[] bytes) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", parser);
        List<PageRefs.Ref> refs = new ArrayList<>();
        for (Kind kind : HTML_REFS) {
            for (Element el : doc.select(kind.selector())) {
                if (el.tagName().equals("link") && isHint(el)) {
                    continue;
                }
                refs.add(new PageRefs.Ref(el.attr(kind.attribute()).strip(), el.sourceRange().start().lineNumber(),
                        kind.navigation()));
            }
        }
        for (Element el : doc.select("img[srcset], source[srcset]")) {
            for (String candidate : el.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) {
                    refs.add(new PageRefs.Ref(url, el.sourceRange().start().lineNumber(), false));
                }
            }
        }
        refs.sort(java.util.Comparator.comparingInt(PageRefs.Ref::line));
        Set<String> ids = new HashSet<>();
        for (Element el : doc.select("[id]")) {
            ids.add(el.id());
        }
        for (Element el : doc.select("a[name]")) {
            ids.add(el.attr("name"));
        }
        return new PageRefs(refs, ids);
    }

    /** Connection hints name hosts, not files. */
    private static boolean isHint(Element link) {
        String rel = link.attr("rel").toLowerCase(java.util.Locale.ROOT);
        return rel.contains("preconnect") || rel.contains("dns-prefetch");
    }

    static PageRefs css(byte[] bytes) {
        String css = new String(bytes, StandardCharsets.UTF_8);
        List<PageRefs.Ref> refs = new ArrayList<>();
        for (Pattern pattern : List.of(CSS_URL, CSS_IMPORT)) {
            Matcher m = pattern.matcher(css);
            while (m.find()) {
                refs.add(new PageRefs.Ref(m.group(2).strip(), lineAt(css, m.start()), false));
            }
        }
        refs.sort(java.util.Comparator.comparingInt(PageRefs.Ref::line));
        return new PageRefs(refs, Set.of());
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
