package dev.lectern.cli;

import dev.lectern.Diagnostic;
import dev.lectern.build.SiteBuild;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern build}: builds a site folder into its output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site in --site into --out (default: <site>/_site).")
final class BuildCommand implements Callable<Integer> {

    private final Clock clock;

    @Option(names = "--site", paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path site = Path.of("");

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: <site>/_site)")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "print only warnings and errors")
    boolean quiet;

    @Option(names = "--render-all", description = "render every page, even those whose content did not change"
            + " since the last build (files whose bytes are the same are still left as they are)")
    boolean renderAll;

    @Option(names = "--debug", description = "print stack traces of internal errors")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    BuildCommand() {
        this(Clock.systemDefaultZone());
    }

    /** {@code clock} tells the day, which decides the reading group's next meeting. */
    BuildCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path siteDir = site.toAbsolutePath().normalize();
        Path outDir = out == null ? siteDir.resolve("_site") : out.toAbsolutePath().normalize();
        Progress progress = new Progress(err, quiet);
        long start = System.nanoTime();
        SiteBuild.Outcome outcome = new SiteBuild(siteDir, outDir, progress::stage, clock)
                .renderingEverything(renderAll).run(progress::pagesDone);
        progress.finish();
        for (Diagnostic d : outcome.diagnostics().sorted()) {
            err.println(d);
        }
        long errors = outcome.diagnostics().errorCount();
        long warnings = outcome.diagnostics().warningCount();
        if (!outcome.built()) {
            err.println("lectern: build failed with " + plural(errors, "error") + (warnings > 0 ? " and "
                    + plural(warnings, "warning") : "") + "; " + outDir + " was not changed");
            return 1;
        }
        if (!quiet || warnings > 0) {
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf("lectern: built %d files into %s in %.2f s (%d changed, %d unchanged, %d removed%s)%s%n",
                    outcome.files(), outDir, seconds, outcome.changed(), outcome.unchanged(),
                    outcome.removed(), outcome.reused() > 0 ? "; " + outcome.reused()
                            + " pages kept from the last build without rendering" : "",
                    warnings > 0 ? "; " + plural(warnings, "warning") : "");
        }
        return 0;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
