package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site built by the real command line into a folder, with its pages parsed by jsoup on demand. */
final class BuiltSite {

    final Path root;
    final String stderr;
    private final Map<Path, Document> parsed = new ConcurrentHashMap<>();

    private BuiltSite(Path root, String stderr) {
        this.root = root;
        this.stderr = stderr;
    }

    /** Runs {@code lectern build --site site --out out} and expects it to succeed. */
    static BuiltSite build(Path site, Path out) {
        Result result = run("build", "--site", site.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), "build failed:\n" + result.stderr());
        return new BuiltSite(out, result.stderr());
    }

    /** Runs {@code lectern build} with {@code clock} telling the day, and expects it to succeed. */
    static BuiltSite build(Path site, Path out, Clock clock) {
        Output result = run(clock, "build", "--site", site.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), "build failed:\n" + result.stderr());
        return new BuiltSite(out, result.stderr());
    }

    record Result(int exitCode, String stderr) {
    }

    /** What a command printed, on both streams. */
    record Output(int exitCode, String stdout, String stderr) {
    }

    /** Runs the command line with {@code clock} telling the day, stdout and stderr captured. */
    static synchronized Output run(Clock clock, String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = Main.run(clock, args);
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** Runs the command line with stderr captured. */
    static synchronized Result run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(err);
            int code = Main.run(args);
            return new Result(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    /** Every HTML file of the site, as paths relative to its root with {@code /} separators, sorted. */
    List<String> htmlPages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !root.relativize(p).startsWith(".lectern"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document page(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        return parsed.computeIfAbsent(file, f -> {
            try {
                return Jsoup.parse(f.toFile(), "UTF-8", f.toUri().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The site path an href on page {@code from} points to, or empty for links that leave the site
     * (http, https, mailto). The fragment is kept.
     */
    Optional<String> resolve(String from, String href) {
        if (href.isEmpty() || href.matches("(?i)^(https?|mailto):.*")) {
            return Optional.empty();
        }
        URI base = URI.create("file:///site/" + from);
        URI target = base.resolve(href);
        String path = target.getPath();
        if (!path.startsWith("/site/")) {
            return Optional.of("../outside-the-site" + path);
        }
        String relative = path.substring("/site/".length());
        return Optional.of(target.getFragment() == null ? relative : relative + "#" + target.getFragment());
    }

    boolean exists(String relativePath) {
        return Files.isRegularFile(root.resolve(relativePath).normalize());
    }
}
