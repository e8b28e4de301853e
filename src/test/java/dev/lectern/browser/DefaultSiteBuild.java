package dev.lectern.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.cli.Main;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The repository's own site (what every user sees first), built once for the browser tests that look at it. */
final class DefaultSiteBuild {

    /** A page of each type: name to its path in the built site (the 404 page is served, see {@link LocalServer}). */
    static final Map<String, String> PAGES = pages();
    /** The default site's base URL path: where GitHub Pages serves it, and where its 404 page's links start. */
    static final String BASE_PATH = "/lectern/";
    static final String LISTING = "listings/rl-reasoning-distillation/index.html";

    private static Path out;

    private DefaultSiteBuild() {
    }

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "index.html");
        pages.put("listing", LISTING);
        pages.put("paper", "papers/on-policy-distillation-of-language-models-learning-from-self/index.html");
        pages.put("paper-math", "papers/implicitly-regularized-rl-with-implicit-q-values/index.html");
        pages.put("topic", "topics/knowledge-distillation/index.html");
        pages.put("topics", "topics/index.html");
        pages.put("digest", "digests/2026-11-18-on-policy-distillation/index.html");
        pages.put("digests", "digests/index.html");
        pages.put("search", "search/index.html?q=distillation");
        pages.put("page", "about/index.html");
        pages.put("404", "no/such/page/");
        return java.util.Collections.unmodifiableMap(pages);
    }

    /** The built site's folder; built on first use into {@code target/browser-sites/default}. */
    static synchronized Path out() {
        if (out == null) {
            Path folder = Path.of("target/browser-sites/default").toAbsolutePath();
            assertEquals(0, Main.run("build", "--quiet", "--site", Path.of("").toAbsolutePath().toString(),
                    "--out", folder.toString()));
            out = folder;
        }
        return out;
    }

    /** The address of a page: from disk, except the 404 page, which {@code server} serves. */
    static String url(String name, LocalServer server) {
        String path = PAGES.get(name);
        if (name.equals("404")) {
            return server.url(path);
        }
        int query = path.indexOf('?');
        String file = query < 0 ? path : path.substring(0, query);
        return out().resolve(file).toUri() + (query < 0 ? "" : path.substring(query));
    }
}
