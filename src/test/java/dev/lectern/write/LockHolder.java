package dev.lectern.write;

import java.nio.file.Path;

/** Holds an output folder's lock from another process until its standard input closes: a build still running. */
public final class LockHolder {

    private LockHolder() {
    }

    @SuppressWarnings("try") // the writer is held for its lock, not used
    public static void main(String[] args) throws Exception {
        try (SiteWriter writer = SiteWriter.open(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
