package dev.lectern.cli;

import dev.lectern.Diagnostic;
import dev.lectern.build.SiteBuild;
import dev.lectern.build.SiteCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lectern serve} at work: builds the site, serves the output on 127.0.0.1, and rebuilds when a source changes,
 * telling open pages to reload (or to show the build's errors while it fails; the last good build stays served).
 */
final class Preview implements AutoCloseable {

    private final Path site;
    private final Path out;
    private final PrintWriter err;
    private final boolean quiet;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private volatile String publishedPath = "/";
    private int builds;

    private Preview(Path site, Path out, int port, PrintWriter err, boolean quiet) throws IOException {
        this.site = site;
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        List<String> firstErrors = rebuild();
        this.server = PreviewServer.start(out, port, () -> publishedPath);
        if (!firstErrors.isEmpty()) {
            server.siteChanged(firstErrors);
        }
        this.watcher = SourceWatcher.start(site, out, this::rebuildAndNotify);
    }

    /** Builds {@code site} into {@code out}, then serves it on {@code port} (0: any free port) and watches it. */
    static Preview start(Path site, Path out, int port, PrintWriter err, boolean quiet) throws IOException {
        return new Preview(site, out, port, err, quiet);
    }

    String url() {
        return server.url();
    }

    PreviewServer server() {
        return server;
    }

    private void rebuildAndNotify() {
        List<String> errors = rebuild();
        server.siteChanged(errors);
    }

    /** Builds once; returns the errors, empty when the site built. */
    synchronized List<String> rebuild() {
        long start = System.nanoTime();
        boolean first = builds++ == 0;
        try {
            SiteBuild.Outcome outcome = new SiteBuild(site, out, first && !quiet ? this::stage : s -> { })
                    .run((done, total) -> { });
            for (Diagnostic d : outcome.diagnostics().sorted()) {
                err.println(d);
            }
            if (!outcome.built()) {
                err.println("lectern: the site does not build; still serving the last good build");
                err.flush();
                return outcome.diagnostics().sorted().stream().filter(Diagnostic::isError)
                        .map(Diagnostic::toString).toList();
            }
            publishedPath = SiteCheck.publishedPath(out);
            if (!quiet) {
                err.printf("lectern: %s %d files in %.2f s (%d changed, %d removed)%n", first ? "built" : "rebuilt",
                        outcome.files(), (System.nanoTime() - start) / 1e9, outcome.changed(), outcome.removed());
            }
            err.flush();
            return List.of();
        } catch (IOException | RuntimeException e) {
            String message = "lectern: the build stopped: " + e.getMessage();
            err.println(message);
            err.flush();
            return List.of(message);
        }
    }

    private void stage(String what) {
        err.println("lectern: " + what);
        err.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            watcher.close();
        } finally {
            server.close();
        }
    }
}
