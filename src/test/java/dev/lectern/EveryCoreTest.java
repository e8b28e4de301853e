package dev.lectern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class EveryCoreTest {

    @Test
    void everyNumberRunsOnceAndAllHaveFinishedWhenItReturns() {
        AtomicIntegerArray runs = new AtomicIntegerArray(10_000);
        EveryCore.run(runs.length(), i -> runs.incrementAndGet(i));
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
    }

    @Test
    void aFailingTaskFailsTheRun() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EveryCore.run(100, i -> {
            if (i == 57) {
                throw new IllegalStateException("task 57");
            }
        }));
        assertEquals("task 57", e.getMessage().replaceAll(".*: ", ""));
    }
}
