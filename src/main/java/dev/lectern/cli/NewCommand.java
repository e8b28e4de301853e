package dev.lectern.cli;

import dev.lectern.Diagnostic;
import dev.lectern.build.DigestScaffold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern new}: creates a content file, ready to edit. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a content file, ready to edit.",
        subcommands = {NewCommand.DigestCommand.class})
final class NewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing what to create: try `lectern new digest`");
    }

    /** {@code lectern new digest}: a reading-group meeting in content/digests/. */
    @Command(name = "digest", mixinStandardHelpOptions = true,
            description = {"Writes content/digests/<date>-<slug>.md for a reading-group meeting, ready to edit, "
                    + "and prints its path.",
                    "The date defaults to the next meeting day of site.yml (reading-group: meeting-day) that has no "
                            + "digest yet. Paper references are checked before anything is written; an existing "
                            + "file is never overwritten."})
    static final class DigestCommand implements Callable<Integer> {

        private final Clock clock;

        @Option(names = "--site", paramLabel = "DIR", description = "the site folder (default: the current folder)")
        Path site = Path.of("");

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "the meeting's day (default: the next meeting day of site.yml)")
        LocalDate date;

        @Option(names = "--title", paramLabel = "TITLE",
                description = "the meeting's title (default: the title of its one paper, else \"Reading group\")")
        String title;

        @Option(names = "--paper", paramLabel = "REF",
                description = "a paper to discuss: its arXiv id, slug or the first words of its abstract; repeat "
                        + "for more papers")
        List<String> papers = new ArrayList<>();

        @Option(names = "--host", paramLabel = "NAME", description = "who leads the meeting; repeat for more hosts")
        List<String> hosts = new ArrayList<>();

        @Option(names = "--debug", description = "print stack traces of internal errors")
        boolean debug;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        DigestCommand() {
            this(Clock.systemDefaultZone());
        }

        DigestCommand(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path siteDir = site.toAbsolutePath().normalize();
            DigestScaffold.Outcome outcome = new DigestScaffold(siteDir, clock)
                    .create(new DigestScaffold.Request(date, title, papers, hosts));
            for (Diagnostic d : outcome.diagnostics().sorted()) {
                err.println(d);
            }
            for (DigestScaffold.Problem problem : outcome.problems()) {
                err.println("lectern: error: " + problem.message());
                if (problem.hint() != null && !problem.hint().isBlank()) {
                    err.println("  hint: " + problem.hint());
                }
            }
            if (!outcome.written()) {
                err.println("lectern: no digest was written");
                return 1;
            }
            for (String note : outcome.notes()) {
                err.println("lectern: " + note);
            }
            out.println(outcome.file());
            out.flush();
            err.flush();
            return 0;
        }
    }
}
