package dev.lectern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs numbered tasks on this thread and the common pool's, each thread taking the next number when it is done with
 * one. A parallel stream instead splits the numbers into a few fixed ranges up front: when a few tasks are much
 * longer than the rest (a topic of 30,000 papers on one page, a slow page), one core then sits idle while the
 * other works through its range. Given the longest tasks first, this keeps both busy to the end. It also sorts on
 * every core ({@link #sort}).
 */
public final class EveryCore {

    private EveryCore() {
    }

    /** Runs {@code task} for 0 to {@code count - 1} and returns once all have finished. */
    public static void run(int count, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                task.accept(i);
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int k = 0; k < ForkJoinPool.getCommonPoolParallelism(); k++) {
            helpers.add(ForkJoinPool.commonPool().submit(worker));
        }
        try {
            worker.run();
        } finally {
            helpers.forEach(ForkJoinTask::join);
        }
    }

    /** Arrays shorter than this are sorted on one thread: splitting them would cost more than it saves. */
    static final int MIN_PARALLEL_SORT = 8192;

    /**
     * Sorts {@code a} as {@link Arrays#sort(Object[], Comparator)} does (stable: equal elements keep their order), in
     * as many parts as there are cores, each sorted on its own, then merged. {@link Arrays#parallelSort} sorts on one
     * thread when the common pool has one worker, as it has on 2 cores: at 100,000 papers a rebuild sorted the
     * papers' identity keys there for 0.5 s while the other core waited.
     */
    public static <T> void sort(T[] a, Comparator<? super T> order) {
        int parts = Math.min(ForkJoinPool.getCommonPoolParallelism() + 1, a.length / MIN_PARALLEL_SORT);
        if (parts < 2) {
            Arrays.sort(a, order);
            return;
        }
        int[] bounds = new int[parts + 1];
        for (int k = 0; k <= parts; k++) {
            bounds[k] = (int) ((long) a.length * k / parts);
        }
        run(parts, k -> Arrays.sort(a, bounds[k], bounds[k + 1], order));
        // neighbouring runs are merged in pairs, the pairs on every core, until one run is left
        T[] from = a;
        T[] to = Arrays.copyOf(a, a.length);
        int[] runs = bounds;
        while (runs.length > 2) {
            int[] merged = new int[(runs.length - 1 + 1) / 2 + 1];
            for (int p = 0; p < merged.length - 1; p++) {
                merged[p] = runs[2 * p];
            }
            merged[merged.length - 1] = a.length;
            T[] source = from;
            T[] target = to;
            int[] pairs = runs;
            run(merged.length - 1, p -> merge(source, pairs[2 * p], pairs[Math.min(2 * p + 1, pairs.length - 1)],
                    pairs[Math.min(2 * p + 2, pairs.length - 1)], target, order));
            runs = merged;
            from = target;
            to = source;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, a.length);
        }
    }

    /** Merges the sorted runs {@code [start, middle)} and {@code [middle, end)} of {@code from} into {@code to}. */
    private static <T> void merge(T[] from, int start, int middle, int end, T[] to, Comparator<? super T> order) {
        int i = start;
        int j = middle;
        int k = start;
        while (i < middle && j < end) {
            // on a tie the left run's element goes first: that keeps the sort stable
            to[k++] = order.compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
        }
        System.arraycopy(from, i, to, k, middle - i);
        System.arraycopy(from, j, to, k + middle - i, end - j);
    }
}
