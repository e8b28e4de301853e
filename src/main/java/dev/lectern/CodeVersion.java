package dev.lectern;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which build of Lectern is running, as a 64-bit fingerprint of the files it runs from (its jar, or its classes in
 * development): the name, size and modification time of each. What a build keeps for the next one (page and title
 * caches) is only trusted by the same code.
 */
public final class CodeVersion {

    private static volatile Long fingerprint;

    private CodeVersion() {
    }

    /** The fingerprint of the running code; the same for every call in one run. */
    public static long fingerprint() {
        Long known = fingerprint;
        if (known == null) {
            known = compute();
            fingerprint = known;
        }
        return known;
    }

    private static long compute() {
        Path code;
        try {
            code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return System.nanoTime(); // unknown code: a value of this run only, so no cache of another run is trusted
        }
        Fingerprint f = new Fingerprint();
        try {
            List<Path> files;
            if (Files.isRegularFile(code)) {
                files = List.of(code);
            } else {
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            }
            for (Path file : files) {
                f.add(file.toString()).add(Files.size(file)).add(Files.getLastModifiedTime(file).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f.value();
    }
}
