package dev.lectern.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern serve}: a local preview that rebuilds and reloads while you write. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site, serves it on http://127.0.0.1:PORT/ (this computer only) and rebuilds when "
                + "site.yml, seeds/, content/ or templates/ change; open pages reload by themselves.",
                "Stop it with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path site = Path.of("");

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: <site>/_site)")
    Path out;

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8000;

    @Option(names = {"-q", "--quiet"}, description = "print only warnings and errors")
    boolean quiet;

    @Option(names = "--debug", description = "print stack traces of internal errors")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        Path siteDir = site.toAbsolutePath().normalize();
        Path outDir = out == null ? siteDir.resolve("_site") : out.toAbsolutePath().normalize();
        Preview preview;
        try {
            preview = Preview.start(siteDir, outDir, port, err, quiet);
        } catch (BindException e) {
            err.println("lectern: port " + port + " is in use; choose another with --port");
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (java.io.IOException e) {
                // stopping anyway
            }
        }, "lectern-serve-stop"));
        err.println("lectern: serving " + outDir + " at " + preview.url() + " (this computer only; Ctrl+C stops)");
        err.flush();
        new CountDownLatch(1).await();
        return 0;
    }
}
