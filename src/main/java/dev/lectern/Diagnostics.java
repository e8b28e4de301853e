package dev.lectern;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one build. Stages add to it from several threads; the report is sorted.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(Location location, String message, String hint) {
        add(Diagnostic.error(location, message, hint));
    }

    public void warning(Location location, String message, String hint) {
        add(Diagnostic.warning(location, message, hint));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return items.size() - errorCount();
    }

    /** All diagnostics so far, in file and line order. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }
}
