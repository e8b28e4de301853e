package dev.lectern.render;

import dev.lectern.Location;

/** A template that cannot be parsed or fails while rendering: where, and what went wrong. */
public final class TemplateProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Location location;

    public TemplateProblem(Location location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
