package dev.lectern.write;

import java.io.IOException;
import java.nio.file.Path;

/** Another build is writing into the same output folder. */
public final class OutputLockedException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputLockedException(Path out) {
        super("another Lectern build is writing into " + out);
    }
}
