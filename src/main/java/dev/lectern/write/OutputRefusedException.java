package dev.lectern.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The output folder holds something that Lectern will not write over or through: a file it did not write, a folder
 * or a symbolic link where a page goes. Nothing was changed.
 */
public final class OutputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    /** One thing in the way: where, what is wrong, what to do. */
    public record Problem(Path file, String message, String hint) {
    }

    private final transient List<Problem> problems;

    public OutputRefusedException(List<Problem> problems) {
        super(problems.stream().map(p -> p.file() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
