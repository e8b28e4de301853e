package dev.lectern.write;

import java.io.IOException;

/**
 * A seam for tests: called before each step that changes the file system, it may throw to simulate a disk that fails
 * midway. Production code uses {@link #NONE}.
 */
@FunctionalInterface
interface WriteFaults {

    /** The steps of a build's write. */
    enum Step { STAGE, MOVE, REMOVE, MANIFEST }

    WriteFaults NONE = (step, path) -> { };

    void before(Step step, String path) throws IOException;
}
