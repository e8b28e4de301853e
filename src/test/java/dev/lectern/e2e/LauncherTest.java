package dev.lectern.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code ./lectern} launcher, run as a user runs it, after {@code mvn package} has made the jar and
 * its class-data archive (so these tests run in the integration-test phase).
 */
class LauncherTest {

    static final Path LAUNCHER = Path.of("lectern").toAbsolutePath();
    static final Path JAR = Path.of("target/lectern.jar").toAbsolutePath();
    static final Path ARCHIVE = Path.of("target/lectern.jsa").toAbsolutePath();
    static final Path SITE = Path.of("src/test/resources/golden-site").toAbsolutePath();

    @TempDir
    Path temp;

    record Run(int exitCode, String output) {
    }

    private static Run run(Path launcher, Path workingDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        pb.environment().remove("LECTERN_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }

    @Test
    void buildsASiteFromAnotherFolderAndPassesTheExitCodeThrough() throws Exception {
        Path out = temp.resolve("out");
        Run built = run(LAUNCHER, temp, Map.of(), "build", "--quiet", "--site", SITE.toString(), "--out", out.toString());
        assertEquals(0, built.exitCode(), built.output());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));

        Run missing = run(LAUNCHER, temp, Map.of(), "build", "--site", temp.resolve("no-such-site").toString());
        assertEquals(1, missing.exitCode(), missing.output());
        assertTrue(missing.output().contains("the site folder does not exist"), missing.output());

        Run usage = run(LAUNCHER, temp, Map.of(), "build", "--no-such-option");
        assertEquals(2, usage.exitCode(), usage.output());
    }

    @Test
    void argumentsWithSpacesArriveWhole() throws Exception {
        Path site = temp.resolve("my reading group");
        copyTree(SITE, site);
        Run built = run(LAUNCHER, temp, Map.of(), "build", "--quiet", "--site=" + site);
        assertEquals(0, built.exitCode(), built.output());
        assertTrue(Files.isRegularFile(site.resolve("_site/index.html")));
    }

    @Test
    void lecternClassesComeFromTheArchive() throws Exception {
        assertTrue(Files.isRegularFile(ARCHIVE), "mvn package makes " + ARCHIVE);
        Run built = run(LAUNCHER, temp, Map.of("LECTERN_JAVA_OPTS", "-Xlog:class+load=info"), "build",
                "--quiet", "--site", SITE.toString(), "--out", temp.resolve("out").toString());
        assertEquals(0, built.exitCode(), firstLines(built.output()));
        assertTrue(built.output().contains("dev.lectern.cli.Main source: shared objects file"),
                "Main is not read from the archive:\n" + firstLines(built.output()));
        // picocli's classes are compiled for Java 5, which a dynamic archive of Java 17 leaves out: read from the
        // jar, they were a tenth of a second of every build
        List<String> fromTheJar = built.output().lines()
                .filter(l -> l.contains("picocli.") && !l.contains("source: shared objects file")).toList();
        assertEquals(List.of(), fromTheJar, "picocli classes a build loads, not read from the archive");
        assertTrue(built.output().contains("picocli.CommandLine source: shared objects file"),
                firstLines(built.output()));
    }

    @Test
    void theBuildsHottestMethodsAreCompiledWithTheArchive() throws Exception {
        // Java 17's dynamic archives kept each method with the "queued for compilation" flag it had when the
        // training build ended (JDK-8306460), and such a method was compiled late or never: four such archives in
        // five left the link check's scanner (busy at the training's end) interpreted in this build. The static
        // archive mvn package makes now holds classes only; this checks that it stays so.
        Path site = temp.resolve("site");
        copyTree(SITE, site);
        // enough pages that the render and the link check are compiled long before the build ends
        Path seeds = site.resolve("seeds/distillation.txt");
        List<String> papers = Files.readAllLines(seeds).subList(1, 4);
        StringBuilder listing = new StringBuilder("1503 papers on arXiv\n");
        papers.forEach(paper -> listing.append(paper).append('\n'));
        String[] fields = {"graph neural networks", "reinforcement learning", "knowledge distillation",
            "speculative decoding", "federated learning"};
        for (int i = 0; i < 1500; i++) {
            listing.append(String.format("We propose method %d for %s, which improves on %s baselines by %d points"
                    + " on %d standard benchmarks while it uses fewer parameters and far less compute than...%n",
                    i, fields[i % 5], fields[(i / 5) % 5], i % 17, i % 11 + 2));
        }
        Files.writeString(seeds, listing);
        Run built = run(LAUNCHER, temp, Map.of("LECTERN_JAVA_OPTS", "-XX:+PrintCompilation"), "build", "--quiet",
                "--site", site.toString());
        assertEquals(0, built.exitCode(), firstLines(built.output()));
        Set<String> compiled = built.output().lines()
                .flatMap(l -> Arrays.stream(l.trim().split("\\s+")).filter(word -> word.contains("::")).limit(1))
                .collect(Collectors.toSet());
        List<String> hot = List.of("dev.lectern.check.HtmlScanner::run", "dev.lectern.check.HtmlScanner::readValue",
                "dev.lectern.check.HtmlScanner$Names::find", "dev.lectern.check.HtmlScanner$Attributes::get",
                "dev.lectern.render.Utf8Writer::encode", "freemarker.core.Expression::eval",
                "freemarker.core.Environment::pushElement", "freemarker.core.Environment::popElement",
                "freemarker.template.utility.StringUtil::XMLOrHTMLEnc");
        List<String> interpreted = hot.stream().filter(m -> !compiled.contains(m)).toList();
        assertEquals(List.of(), interpreted, "never compiled, of " + compiled.size() + " methods compiled");
    }

    @Test
    void aMissingOrStaleArchiveStillBuildsWithoutWarnings() throws Exception {
        // a copy of the repository's layout: the launcher next to target/
        Path repo = temp.resolve("repo");
        Files.createDirectories(repo.resolve("target"));
        Path launcher = Files.copy(LAUNCHER, repo.resolve("lectern"), StandardCopyOption.COPY_ATTRIBUTES);
        Path jar = Files.copy(JAR, repo.resolve("target/lectern.jar"));

        Run withoutArchive = run(launcher, temp, Map.of(), "build", "--quiet", "--site", SITE.toString(),
                "--out", temp.resolve("out1").toString());
        assertEquals(0, withoutArchive.exitCode(), withoutArchive.output());
        assertEquals("", withoutArchive.output());

        // the jar rebuilt after the archive was made: the JVM refuses the archive, and says nothing
        Files.copy(ARCHIVE, repo.resolve("target/lectern.jsa"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run stale = run(launcher, temp, Map.of(), "build", "--quiet", "--site", SITE.toString(),
                "--out", temp.resolve("out2").toString());
        assertEquals(0, stale.exitCode(), stale.output());
        assertFalse(stale.output().contains("warning"), stale.output());
        assertTrue(Files.isRegularFile(temp.resolve("out2/index.html")));
    }

    @Test
    void compilersFollowTheSizeAndWhetherItIsARebuildAndTheCollectorIsTheParallelOne() throws Exception {
        Map<String, String> flags = Map.of("LECTERN_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        Run small = run(LAUNCHER, temp, flags, "build", "--quiet", "--site", SITE.toString(),
                "--out", temp.resolve("out").toString());
        assertEquals(0, small.exitCode(), firstLines(small.output()));
        assertEquals(1, flag(small.output(), "TieredStopAtLevel"));
        assertEquals(1, flag(small.output(), "CICompilerCount"));
        assertTrue(booleanFlag(small.output(), "UseParallelGC"));
        assertFalse(booleanFlag(small.output(), "UseG1GC"));
        assertEquals(64L << 20, flag(small.output(), "MaxNewSize"), "a small site's first build: 64 MiB young");

        // 9 MiB of listings, about 45,000 papers: the JVM chooses its compilers before the build reads them
        Path large = temp.resolve("large");
        Files.createDirectories(large.resolve("seeds"));
        byte[] line = ("x".repeat(199) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(large.resolve("seeds/big.txt"))) {
            for (int i = 0; i < 9 * 1024 * 1024 / line.length + 1; i++) {
                out.write(line);
            }
        }
        Run big = run(LAUNCHER, temp, flags, "build", "--quiet", "--site", large.toString());
        assertEquals(4, flag(big.output(), "TieredStopAtLevel"));
        assertTrue(flag(big.output(), "CICompilerCount") >= 2, "C1 and C2 each have a thread");
        assertTrue(booleanFlag(big.output(), "UseParallelGC"));
        assertEquals(6, flag(big.output(), "MaxInlineLevel"), "C2 inlines less deep");
        assertEquals(500, flag(big.output(), "InlineSmallCode"));
        assertEquals(15, flag(small.output(), "MaxInlineLevel"), "the JVM's own where C1 alone compiles");
        assertFalse(fromCommandLine(big.output(), "MaxNewSize"), "the JVM's own young generation at this size");
        assertTrue(fromCommandLine(small.output(), "MaxNewSize"));

        // a rebuild of it keeps most pages: C1 alone again, unless every page is to be rendered
        assertTrue(Files.isRegularFile(large.resolve("_site/.lectern/pages.bin")), firstLines(big.output()));
        Run rebuild = run(LAUNCHER, temp, flags, "build", "--quiet", "--site", large.toString());
        assertEquals(1, flag(rebuild.output(), "TieredStopAtLevel"));
        assertEquals(1, flag(rebuild.output(), "MaxTenuringThreshold"), "what a rebuild keeps lives to its end");
        assertEquals(15, flag(big.output(), "MaxTenuringThreshold"), "the JVM's own in a first build");
        assertEquals(flag(rebuild.output(), "MaxHeapSize"), flag(rebuild.output(), "InitialHeapSize"),
                "a rebuild starts with the whole heap");
        assertFalse(booleanFlag(rebuild.output(), "UseAdaptiveSizePolicy"), "a rebuild's generations keep their size");
        assertEquals(3, flag(rebuild.output(), "SurvivorRatio"), "survivor spaces of a fifth of the young generation");
        assertEquals(8, flag(big.output(), "SurvivorRatio"), "the JVM's own in a first build");
        assertFalse(fromCommandLine(rebuild.output(), "MaxNewSize"), "a rebuild sizes its generations as before");
        assertTrue(flag(big.output(), "InitialHeapSize") < flag(big.output(), "MaxHeapSize"), "the JVM's own");
        assertTrue(booleanFlag(big.output(), "UseAdaptiveSizePolicy"), "the JVM's own in a first build");
        Run renderAll = run(LAUNCHER, temp, flags, "build", "--quiet", "--render-all", "--site", large.toString());
        assertEquals(4, flag(renderAll.output(), "TieredStopAtLevel"));
        Run elsewhere = run(LAUNCHER, temp, flags, "build", "--quiet", "--site", large.toString(),
                "--out=" + temp.resolve("large-out"));
        assertEquals(4, flag(elsewhere.output(), "TieredStopAtLevel"), "a first build into another folder");

        // the young generation follows the listings' size, within half of the heap a user gives
        Path medium = temp.resolve("medium");
        Files.createDirectories(medium.resolve("seeds"));
        try (var out = Files.newOutputStream(medium.resolve("seeds/medium.txt"))) {
            for (int i = 0; i < 3 * 1024 * 1024 / line.length + 1; i++) {
                out.write(line);
            }
        }
        Run mediumFirst = run(LAUNCHER, temp, flags, "build", "--quiet", "--site", medium.toString(),
                "--out", temp.resolve("medium-out").toString());
        assertEquals(96L << 20, flag(mediumFirst.output(), "MaxNewSize"), "32 times 3 MiB of listings");
        Run smallHeap = run(LAUNCHER, temp, Map.of("LECTERN_JAVA_OPTS", "-Xmx48m -XX:+PrintFlagsFinal"), "build",
                "--quiet", "--site", SITE.toString(), "--out", temp.resolve("out-48m").toString());
        assertEquals(0, smallHeap.exitCode(), firstLines(smallHeap.output()));
        assertEquals(24L << 20, flag(smallHeap.output(), "MaxNewSize"), "at most half of -Xmx48m");
        assertFalse(smallHeap.output().contains("warning"), firstLines(smallHeap.output()));
        Run ownYoung = run(LAUNCHER, temp, Map.of("LECTERN_JAVA_OPTS", "-Xmn20m -XX:+PrintFlagsFinal"), "build",
                "--quiet", "--site", SITE.toString(), "--out", temp.resolve("out-20m").toString());
        assertEquals(20L << 20, flag(ownYoung.output(), "MaxNewSize"), "the user's young generation wins");
        Run badHeap = run(LAUNCHER, temp, Map.of("LECTERN_JAVA_OPTS", "-Xmx1.5g"), "build", "--quiet",
                "--site", SITE.toString(), "--out", temp.resolve("out-bad").toString());
        assertTrue(badHeap.exitCode() != 0);
        assertTrue(badHeap.output().contains("Invalid maximum heap size"), "the JVM's own message, not the shell's: "
                + firstLines(badHeap.output()));

        // LECTERN_JAVA_OPTS comes after the launcher's own options, so a user's choice of collector wins
        Run g1 = run(LAUNCHER, temp, Map.of("LECTERN_JAVA_OPTS", "-XX:+UseG1GC -XX:+PrintFlagsFinal"), "build",
                "--quiet", "--site", SITE.toString(), "--out", temp.resolve("out-g1").toString());
        assertEquals(0, g1.exitCode(), firstLines(g1.output()));
        assertTrue(booleanFlag(g1.output(), "UseG1GC"));
        assertFalse(booleanFlag(g1.output(), "UseParallelGC"));
    }

    /** A number flag of the JVM, as {@code -XX:+PrintFlagsFinal} printed it. */
    private static long flag(String output, String name) {
        return Long.parseLong(flagLine(output, name).replaceAll(".*=\\s*(\\d+).*", "$1"));
    }

    /** A true/false flag of the JVM, as {@code -XX:+PrintFlagsFinal} printed it. */
    private static boolean booleanFlag(String output, String name) {
        return flagLine(output, name).replaceAll(".*=\\s*(\\w+).*", "$1").equals("true");
    }

    /** Whether a flag of the JVM was set on its command line (rather than left to the JVM's ergonomics). */
    private static boolean fromCommandLine(String output, String name) {
        return flagLine(output, name).contains("{command line}");
    }

    /** The line {@code -XX:+PrintFlagsFinal} printed for the flag {@code name}. */
    private static String flagLine(String output, String name) {
        return output.lines().filter(l -> l.trim().matches("(u?intx|size_t|bool) " + name + " .*")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in\n" + firstLines(output)));
    }

    private static String firstLines(String text) {
        return String.join("\n", text.lines().limit(20).toList());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }
}
