package dev.lectern.cli;

import dev.lectern.Diagnostic;
import dev.lectern.build.SiteCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern check}: checks the links of a built site without building it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a built site: every internal link and #fragment resolves, every page is reachable "
                + "from index.html, nothing loads from the network.",
                "Exit code 0: no broken links; 1: broken links (each printed with its page and line)."})
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path site = Path.of("");

    @Option(names = "--out", paramLabel = "DIR", description = "the built site to check (default: <site>/_site)")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "print only problems")
    boolean quiet;

    @Option(names = "--debug", description = "print stack traces of internal errors")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path outDir = out == null ? site.toAbsolutePath().normalize().resolve("_site") : out.toAbsolutePath().normalize();
        SiteCheck.Outcome outcome = SiteCheck.run(outDir);
        for (Diagnostic d : outcome.diagnostics().sorted()) {
            err.println(d);
        }
        long errors = outcome.diagnostics().errorCount();
        long warnings = outcome.diagnostics().warningCount();
        if (!outcome.passed()) {
            err.println("lectern: check failed: " + Words.count(errors, "problem") + " in " + outDir
                    + (warnings > 0 ? ", and " + Words.count(warnings, "warning") : ""));
            return 1;
        }
        if (!quiet || warnings > 0) {
            err.println("lectern: checked " + Words.count(outcome.files(), "file") + " in " + outDir
                    + ": every link resolves" + (warnings > 0 ? "; " + Words.count(warnings, "warning") : ""));
        }
        return 0;
    }
}
