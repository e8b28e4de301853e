package dev.lectern.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A built site served as GitHub Pages serves it: under its base URL's path, with {@code 404.html} for any missing
 * address. Only for the 404 page, whose links start from that path and so cannot work from {@code file://}.
 */
final class LocalServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "xml", "application/xml",
            "svg", "image/svg+xml", "woff2", "font/woff2", "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final String basePath;

    private LocalServer(HttpServer server, String basePath) {
        this.server = server;
        this.basePath = basePath;
    }

    /** Serves {@code site} at {@code http://127.0.0.1:<free port><basePath>} ({@code basePath} ends in /). */
    static LocalServer serve(Path site, String basePath) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> answer(exchange, site, basePath));
            server.start();
            return new LocalServer(server, basePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath + path;
    }

    private static void answer(HttpExchange exchange, Path site, String basePath) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = null;
        if (path.startsWith(basePath) && !path.contains("..")) {
            file = site.resolve(path.substring(basePath.length())).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
        }
        int status = 200;
        if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
            file = site.resolve("404.html");
            status = 404;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
