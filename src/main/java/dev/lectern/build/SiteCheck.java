package dev.lectern.build;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import dev.lectern.check.LinkChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code lectern check}: checks a built site folder as it is, the same check every build ends with. The base URL
 * comes from the home page's canonical link, so links to the published site count as internal.
 */
public final class SiteCheck {

    private SiteCheck() {
    }

    /**
     * What a check found.
     *
     * @param diagnostics broken links and unreachable pages (errors), network resources (warnings)
     * @param files       files checked
     * @param baseUrl     the base URL the check used, or empty
     */
    public record Outcome(Diagnostics diagnostics, int files, String baseUrl) {

        public boolean passed() {
            return !diagnostics.hasErrors();
        }
    }

    /**
     * The path the built site in {@code out} is published under ({@code /repo/} for a GitHub Pages project site),
     * from its home page's canonical link; {@code /} when it has none.
     */
    public static String publishedPath(Path out) throws IOException {
        String baseUrl = LinkChecker.baseUrlOf(out);
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? -1 : baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    /** Checks the site in {@code out}. */
    public static Outcome run(Path out) throws IOException {
        Path root = out.toAbsolutePath().normalize();
        Diagnostics diagnostics = new Diagnostics();
        if (!Files.isDirectory(root)) {
            diagnostics.error(Location.of(root), "there is no built site here",
                    "build one first with `lectern build`, or name its folder with --out");
            return new Outcome(diagnostics, 0, "");
        }
        if (!Files.isRegularFile(root.resolve(LinkChecker.HOME))) {
            diagnostics.error(Location.of(root.resolve(LinkChecker.HOME)), "the site has no home page",
                    "check that --out names the folder a build wrote");
            return new Outcome(diagnostics, 0, "");
        }
        String baseUrl = LinkChecker.baseUrlOf(root);
        LinkChecker checker = LinkChecker.ofFolder(root, baseUrl);
        checker.check(root).forEach(diagnostics::add);
        return new Outcome(diagnostics, checker.fileCount(), baseUrl);
    }
}
