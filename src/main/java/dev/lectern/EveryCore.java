package dev.lectern;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs numbered tasks on this thread and the common pool's, each thread taking the next number when it is done with
 * one. A parallel stream instead splits the numbers into a few fixed ranges up front: when a few tasks are much
 * longer than the rest (a topic of 30,000 papers on one page, a slow page), one core then sits idle while the
 * other works through its range. Given the longest tasks first, this keeps both busy to the end.
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
}
