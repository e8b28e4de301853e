package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Third-party files that pages need, taken from the KaTeX WebJar on the class path at build time (never copied into
 * the repository): {@code katex/katex.min.js} and {@code katex/katex.css}, whose fonts are inlined as WOFF2
 * {@code data:} URLs, because browsers refuse {@code @font-face} files from other {@code file://} folders and the site
 * must render math when opened from disk.
 */
final class VendorAssets {

    /** Where KaTeX's files go, under {@code assets/}. */
    static final String KATEX_DIR = "katex/";

    private static final String WEBJAR = "/META-INF/resources/webjars/katex/";
    private static final Pattern FONT_FACE_SRC = Pattern.compile("src:([^;}]*)");
    private static final Pattern WOFF2_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+\\.woff2)['\"]?\\s*\\)");

    private VendorAssets() {
    }

    /** Asset name (under {@code assets/}) to its bytes. */
    static Map<String, byte[]> collect() throws IOException {
        String root = WEBJAR + katexVersion() + "/";
        Map<String, byte[]> assets = new LinkedHashMap<>();
        assets.put(KATEX_DIR + "katex.min.js", read(root + "dist/katex.min.js"));
        String css = new String(read(root + "dist/katex.min.css"), StandardCharsets.UTF_8);
        assets.put(KATEX_DIR + "katex.css", inlineFonts(css, root + "dist/").getBytes(StandardCharsets.UTF_8));
        assets.put(KATEX_DIR + "LICENSE", read(root + "LICENSE"));
        return assets;
    }

    /** Replaces each {@code @font-face} source list with its WOFF2 font as a {@code data:} URL. */
    static String inlineFonts(String css, String cssFolder) throws IOException {
        Matcher src = FONT_FACE_SRC.matcher(css);
        StringBuilder out = new StringBuilder(css.length() * 12);
        while (src.find()) {
            Matcher woff2 = WOFF2_URL.matcher(src.group(1));
            if (!woff2.find()) {
                throw new IOException("KaTeX's stylesheet has a font without WOFF2: " + src.group(1));
            }
            byte[] font = read(cssFolder + woff2.group(1));
            String data = "src:url(data:font/woff2;base64," + Base64.getEncoder().encodeToString(font)
                    + ") format(\"woff2\")";
            src.appendReplacement(out, Matcher.quoteReplacement(data));
        }
        src.appendTail(out);
        return out.toString();
    }

    private static String katexVersion() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = VendorAssets.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/katex/pom.properties")) {
            if (in == null) {
                throw new IOException("the KaTeX WebJar is not on the class path");
            }
            pom.load(in);
        }
        return pom.getProperty("version");
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = VendorAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the KaTeX WebJar: " + resource);
            }
            return in.readAllBytes();
        }
    }
}
