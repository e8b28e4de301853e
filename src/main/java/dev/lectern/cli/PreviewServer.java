package dev.lectern.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lectern.PercentEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Serves a built site on 127.0.0.1 for previewing: only files inside the output folder (no {@code ..}, no encoded
 * slashes, no symlinks that lead out, nothing of Lectern's {@code .lectern/}), HTML pages with a small live-reload
 * script added on the way out (never written to the built files), and {@code /__lectern/} endpoints the script
 * polls. Requests under the site's published path ({@code /repo/...}) are served too, so 404.html's root-relative
 * links work in the preview.
 */
final class PreviewServer implements AutoCloseable {

    /** The server's own URLs; no site file can be named so. */
    static final String OWN = "/__lectern/";
    static final String LIVE_SCRIPT = OWN + "live.js";
    static final String STATUS = OWN + "status";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("bib", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("avif", "image/avif"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"), Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicInteger version = new AtomicInteger(1);
    private final AtomicReference<List<String>> errors = new AtomicReference<>(List.of());
    private final Supplier<String> publishedPath;

    /**
     * Starts serving {@code out} on 127.0.0.1.
     *
     * @param port          the port, or 0 for any free one
     * @param publishedPath the site's path under its base URL ({@code /} or {@code /repo/}), asked per request
     */
    static PreviewServer start(Path out, int port, Supplier<String> publishedPath) throws IOException {
        return new PreviewServer(out, port, publishedPath);
    }

    private PreviewServer(Path out, int port, Supplier<String> publishedPath) throws IOException {
        this.root = out.toAbsolutePath().normalize();
        this.publishedPath = publishedPath;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "lectern-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address the server listens on: always the loopback interface. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
    }

    /** Tells open pages that the site changed (they reload), and which build errors to show, if any. */
    void siteChanged(List<String> buildErrors) {
        errors.set(List.copyOf(buildErrors));
        version.incrementAndGet();
    }

    int version() {
        return version.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"), head);
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals(LIVE_SCRIPT)) {
                send(exchange, 200, "text/javascript; charset=utf-8", liveScript(), head);
                return;
            }
            if (rawPath.equals(STATUS)) {
                send(exchange, 200, "application/json", status(), head);
                return;
            }
            Resolved resolved = resolve(rawPath);
            switch (resolved.kind()) {
                case FILE -> serveFile(exchange, resolved.file(), 200, head);
                case REDIRECT -> {
                    exchange.getResponseHeaders().set("Location", resolved.location());
                    send(exchange, 301, "text/plain; charset=utf-8", bytes("moved\n"), head);
                }
                case FORBIDDEN -> send(exchange, 403, "text/plain; charset=utf-8",
                        bytes("forbidden: the preview serves only files inside the output folder\n"), head);
                case BAD -> send(exchange, 400, "text/plain; charset=utf-8", bytes("bad request path\n"), head);
                default -> notFound(exchange, head);
            }
        } catch (IOException | RuntimeException e) {
            // a browser that went away mid-response is no reason to stop serving
        }
    }

    private void notFound(HttpExchange exchange, boolean head) throws IOException {
        Path page = root.resolve("404.html");
        List<String> buildErrors = errors.get();
        if (!buildErrors.isEmpty() && !Files.isRegularFile(root.resolve("index.html"))) {
            // no good build yet: say why, and reload once the site builds
            send(exchange, 503, "text/html; charset=utf-8", withLiveReload(bytes("<!doctype html>\n<html lang=\"en\">"
                    + "<head><meta charset=\"utf-8\"><title>lectern serve: the site does not build</title></head>"
                    + "<body><h1>The site does not build yet</h1><p>Fix the problems below; this page reloads when the"
                    + " site builds.</p></body></html>\n")), head);
            return;
        }
        if (Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS)) {
            serveFile(exchange, page, 404, head);
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", bytes("not found\n"), head);
        }
    }

    private void serveFile(HttpExchange exchange, Path file, int status, boolean head) throws IOException {
        String type = typeOf(file);
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            // a rebuild removed it between the check and the read
            send(exchange, 404, "text/plain; charset=utf-8", bytes("not found\n"), head);
            return;
        }
        if (type.startsWith("text/html")) {
            body = withLiveReload(body);
        }
        send(exchange, status, type, body, head);
    }

    /** The page with the live-reload script before {@code </body>} (or at its end). */
    static byte[] withLiveReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + LIVE_SCRIPT + "\"></script>\n";
        int body = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = body < 0 ? page + tag : page.substring(0, body) + tag + page.substring(body);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    enum Kind { FILE, REDIRECT, NOT_FOUND, FORBIDDEN, BAD }

    record Resolved(Kind kind, Path file, String location) {
        static Resolved of(Kind kind) {
            return new Resolved(kind, null, null);
        }
    }

    /**
     * The file a request path names, refusing anything that would leave the output folder: {@code ..} and
     * {@code .} segments, encoded slashes and backslashes, NUL, Lectern's state folder, and symlinks whose target
     * lies outside.
     */
    Resolved resolve(String rawPath) throws IOException {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Resolved.of(Kind.BAD);
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Resolved.of(Kind.FORBIDDEN);
        }
        String decoded = PercentEncoding.decode(rawPath);
        if (decoded == null || decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
            return Resolved.of(Kind.BAD);
        }
        String path = stripPublishedPath(decoded);
        String[] segments = path.substring(1).split("/", -1);
        StringBuilder relative = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..") || segment.equals(".")) {
                return Resolved.of(Kind.FORBIDDEN);
            }
            if (segment.isEmpty()) {
                if (i == segments.length - 1) {
                    continue;
                }
                return Resolved.of(Kind.BAD);
            }
            if (i == 0 && segment.equals(".lectern")) {
                return Resolved.of(Kind.NOT_FOUND);
            }
            relative.append(relative.length() == 0 ? "" : "/").append(segment);
        }
        Path target = root.resolve(relative.toString()).normalize();
        if (!target.startsWith(root)) {
            return Resolved.of(Kind.FORBIDDEN);
        }
        if (!Files.exists(target)) {
            return Resolved.of(Kind.NOT_FOUND);
        }
        Path real = target.toRealPath();
        if (!real.startsWith(root.toRealPath())) {
            return Resolved.of(Kind.FORBIDDEN);
        }
        if (Files.isDirectory(real)) {
            if (!decoded.endsWith("/")) {
                return new Resolved(Kind.REDIRECT, null, rawPath + "/");
            }
            Path index = target.resolve("index.html");
            if (!Files.isRegularFile(index)) {
                return Resolved.of(Kind.NOT_FOUND);
            }
            if (!index.toRealPath().startsWith(root.toRealPath())) {
                return Resolved.of(Kind.FORBIDDEN);
            }
            return new Resolved(Kind.FILE, index, null);
        }
        return Files.isRegularFile(real) ? new Resolved(Kind.FILE, target, null) : Resolved.of(Kind.NOT_FOUND);
    }

    /** {@code /repo/papers/x/} is served as {@code /papers/x/} when the site is published under {@code /repo/}. */
    private String stripPublishedPath(String path) {
        String published = publishedPath.get();
        if (published.length() > 1 && path.startsWith(published)) {
            return path.substring(published.length() - 1);
        }
        if (published.length() > 1 && path.equals(published.substring(0, published.length() - 1))) {
            return "/";
        }
        return path;
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, name.equals("CNAME") ? "text/plain; charset=utf-8" : "application/octet-stream");
    }

    private byte[] status() {
        StringBuilder json = new StringBuilder("{\"version\":").append(version.get()).append(",\"errors\":[");
        List<String> list = errors.get();
        for (int i = 0; i < list.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(jsonEscape(list.get(i))).append('"');
        }
        return bytes(json.append("]}").toString());
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static byte[] liveScript() throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("live-reload.js")) {
            if (in == null) {
                throw new IOException("live-reload.js is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
