package dev.lectern;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
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
            return 0; // unknown code: a new value each run would be better, but it never happens with a jar or classes
        }
        long h = 0xcbf29ce484222325L;
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
                h = mix(h, file.toString().getBytes(StandardCharsets.UTF_8));
                h = mix(h, Files.size(file));
                h = mix(h, Files.getLastModifiedTime(file).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return h;
    }

    private static long mix(long h, byte[] bytes) {
        long x = h;
        for (byte b : bytes) {
            x = (x ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(x, bytes.length);
    }

    private static long mix(long h, long n) {
        long x = h;
        for (int shift = 0; shift < 64; shift += 8) {
            x = (x ^ (0x100 | ((n >>> shift) & 0xff))) * 0x100000001b3L;
        }
        return x;
    }
}
