package dev.lectern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
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

    /** A value with the place it had before sorting, by which a sort that is not stable shows. */
    private record Tagged(int value, int place) {
    }

    @Test
    void sortsLikeArraysSortKeepingEqualElementsInTheirOrder() {
        Random random = new Random(7);
        // sizes around the parallel threshold and odd part counts' edges, many equal values
        for (int n : new int[] {0, 1, EveryCore.MIN_PARALLEL_SORT - 1, EveryCore.MIN_PARALLEL_SORT * 2,
                EveryCore.MIN_PARALLEL_SORT * 3 + 1, 100_003}) {
            Tagged[] tagged = new Tagged[n];
            for (int i = 0; i < n; i++) {
                tagged[i] = new Tagged(random.nextInt(Math.max(1, n / 10)), i);
            }
            Tagged[] expected = tagged.clone();
            Comparator<Tagged> byValue = Comparator.comparingInt(Tagged::value);
            Arrays.sort(expected, byValue);
            EveryCore.sort(tagged, byValue);
            assertArrayEquals(expected, tagged, "n = " + n);
        }
    }

    @Test
    void aSortAlreadyInOrderOrReversedComesOutInOrder() {
        Integer[] ascending = new Integer[50_000];
        Integer[] descending = new Integer[50_000];
        for (int i = 0; i < ascending.length; i++) {
            ascending[i] = i;
            descending[i] = ascending.length - 1 - i;
        }
        EveryCore.sort(descending, Comparator.naturalOrder());
        EveryCore.sort(ascending, Comparator.naturalOrder());
        assertArrayEquals(ascending, descending);
        for (int i = 0; i < ascending.length; i++) {
            assertEquals(i, ascending[i]);
        }
    }
}
