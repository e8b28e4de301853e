package dev.lectern.cli;

import dev.lectern.Diagnostic;
import dev.lectern.Diagnostics;
import dev.lectern.build.SiteBuild;
import dev.lectern.build.TopicsReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lectern topics}: prints the site's topics, configured and discovered, with sizes and example papers, and
 * site.yml entries for the discovered ones, so that curating the taxonomy is a matter of copy and edit.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Prints the topics of the site in --site: those of site.yml and those Lectern discovers in the "
                + "listings, with their sizes and example papers, and site.yml entries you can paste to keep the "
                + "discovered ones."})
final class TopicsCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path site = Path.of("");

    @Option(names = "--debug", description = "print stack traces of internal errors")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path siteDir = site.toAbsolutePath().normalize();
        Diagnostics diagnostics = new Diagnostics();
        Optional<TopicsReport> report = new SiteBuild(siteDir, siteDir.resolve("_site"), line -> { })
                .topics(diagnostics);
        for (Diagnostic d : diagnostics.sorted()) {
            err.println(d);
        }
        if (report.isEmpty()) {
            err.println("lectern: the site cannot be read; fix the errors above");
            return 1;
        }
        print(report.get(), siteDir, out);
        out.flush();
        return 0;
    }

    private static void print(TopicsReport r, Path site, PrintWriter out) {
        out.printf("Topics of %s: %s, %d configured in site.yml, %d discovered in the listings%n", site,
                plural(r.papers(), "paper"), r.configured().size(), r.discovered().size());
        int width = java.util.stream.Stream.concat(r.configured().stream(), r.discovered().stream())
                .mapToInt(e -> e.slug().length()).max().orElse(0);
        if (!r.configured().isEmpty()) {
            out.println();
            out.println("Configured in site.yml");
            r.configured().forEach(e -> entry(e, width, out));
        }
        if (!r.discovered().isEmpty()) {
            out.println();
            out.println("Discovered in the listings");
            r.discovered().forEach(e -> entry(e, width, out));
        }
        out.println();
        out.printf("Papers filed only by their related papers: %d; under \"Other papers\": %d%n", r.byRelated(),
                r.other());
        if (!r.suggestedYaml().isEmpty()) {
            out.println();
            out.println("# To keep the discovered topics (and name, describe or merge them), paste these entries into");
            out.println("# site.yml under `topics:`, then edit them; a topic's description can also go in");
            out.println("# content/topics/<slug>.md.");
            out.print(r.suggestedYaml());
        }
    }

    private static void entry(TopicsReport.Entry e, int slugWidth, PrintWriter out) {
        out.printf("  %s  %s  %s%n", pad(e.slug(), slugWidth), pad(plural(e.papers(), "paper"), 10), e.name());
        if (e.papers() == 0) {
            out.println("      matches no paper: add phrases its papers use, or remove it");
        }
        if (!e.matchedBy().isEmpty()) {
            out.println("      matched by " + String.join(", ", e.matchedBy()));
        }
        if (!e.foundForms().isEmpty()) {
            out.println("      the listings also define " + String.join(", ", e.foundForms())
                    + " for it (matched too); add `acronyms: " + e.foundForms() + "` to keep it so");
        }
        List<String> examples = e.examples();
        for (int i = 0; i < examples.size(); i++) {
            out.println((i == 0 ? "      e.g. " : "           ") + examples.get(i));
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
