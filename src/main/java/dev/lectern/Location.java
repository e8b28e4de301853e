package dev.lectern;

import java.nio.file.Path;

/**
 * A place in an input file: the file and a 1-based line and column (0 when unknown).
 */
public record Location(Path file, int line, int column) {

    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    public static Location of(Path file, int line) {
        return new Location(file, line, 0);
    }

    /** {@code file:line:column}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file == null ? "<input>" : file.toString());
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }
}
