package dev.lectern.cli;

import java.io.PrintWriter;

/**
 * Progress on stderr: one line per stage, and a page counter for long renders that updates at most a few times a
 * second.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 500_000_000L;
    private static final int COUNTER_FROM_PAGES = 2_000;

    private final PrintWriter err;
    private final boolean quiet;
    private long lastReport = System.nanoTime();
    private boolean counterShown;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    void stage(String what) {
        if (!quiet) {
            err.println("lectern: " + what);
            err.flush();
        }
    }

    synchronized void pagesDone(int done, int total) {
        if (quiet || total < COUNTER_FROM_PAGES) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS || done == total) {
            lastReport = now;
            err.printf("lectern: rendered %d of %d pages (%d%%)%n", done, total, done * 100L / total);
            err.flush();
            counterShown = true;
        }
    }

    void finish() {
        if (counterShown) {
            err.flush();
        }
    }
}
