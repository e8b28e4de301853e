package dev.lectern;

import java.util.function.Supplier;

/**
 * A value computed on first use only, and then kept: for work that a build may not need at all (analyzing every
 * paper's words when the related papers and topics are remembered; the feeds when every feed is kept). Thread-safe.
 *
 * @param <T> the value's type; {@code compute} must not return null
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private T value;

    private Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    public static <T> Lazy<T> of(Supplier<T> compute) {
        return new Lazy<>(compute);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = compute.get();
        }
        return value;
    }
}
