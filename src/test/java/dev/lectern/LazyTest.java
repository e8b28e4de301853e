package dev.lectern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void computesNothingUntilAskedAndThenOnceForAllThreads() {
        AtomicInteger runs = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            runs.incrementAndGet();
            return new Object();
        });
        assertEquals(0, runs.get(), "not before it is asked for");
        List<Object> seen = IntStream.range(0, 64).parallel().mapToObj(i -> lazy.get()).toList();
        assertEquals(1, runs.get());
        seen.forEach(v -> assertSame(seen.get(0), v));
    }
}
