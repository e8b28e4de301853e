package dev.lectern.cli;

import dev.lectern.build.SitePack;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern pack}: builds the site and zips it for reading offline. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Builds the site, then writes it as a zip for handing out: unzip it anywhere and open "
                + "index.html, no network needed.",
                "The same site gives the same zip, byte for byte."})
final class PackCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path site = Path.of("");

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: <site>/_site)")
    Path out;

    @Option(names = "--zip", paramLabel = "FILE", description = "the zip to write (default: <site>/<site-name>.zip)")
    Path zip;

    @Option(names = {"-q", "--quiet"}, description = "print only warnings and errors")
    boolean quiet;

    @Option(names = "--debug", description = "print stack traces of internal errors")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path siteDir = site.toAbsolutePath().normalize();
        Path outDir = out == null ? siteDir.resolve("_site") : out.toAbsolutePath().normalize();
        String name = SitePack.nameOf(siteDir);
        Path zipFile = zip == null ? siteDir.resolve(name + ".zip") : zip.toAbsolutePath().normalize();
        if (zipFile.startsWith(outDir)) {
            err.println("lectern: the zip may not be inside the output folder " + outDir + "; choose another --zip");
            return 2;
        }
        if (Files.isDirectory(zipFile)) {
            err.println("lectern: " + zipFile + " is a folder; give --zip a file name ending in .zip");
            return 2;
        }
        BuildCommand build = new BuildCommand();
        build.site = siteDir;
        build.out = outDir;
        build.quiet = quiet;
        build.spec = spec;
        int built = build.call();
        if (built != 0) {
            return built;
        }
        int files = SitePack.zip(outDir, zipFile, name);
        err.println("lectern: packed " + Words.count(files, "file") + " into " + zipFile + " (" + Files.size(zipFile) / 1024
                + " KiB); unzip it and open " + name + "/index.html");
        return 0;
    }
}
