package dev.lectern;

import java.util.Comparator;

/**
 * One problem found in the input: where it is, what is wrong and what to do about it.
 */
public record Diagnostic(Severity severity, Location location, String message, String hint) {

    /** Orders diagnostics by file, line, column, then message, so that reports are deterministic. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> String.valueOf(d.location().file()))
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(Location location, String message, String hint) {
        return new Diagnostic(Severity.ERROR, location, message, hint);
    }

    public static Diagnostic warning(Location location, String message, String hint) {
        return new Diagnostic(Severity.WARNING, location, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error: message (hint)}, the form editors and CI logs link to. */
    @Override
    public String toString() {
        String text = location + ": " + severity.label() + ": " + message;
        return hint == null || hint.isBlank() ? text : text + "\n  hint: " + hint;
    }
}
