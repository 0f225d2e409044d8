package se.samverkan.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** A few concurrent workers taking numbered items until all are done, as several users at once. */
final class Workers {

    private Workers() {
    }

    /** Runs items 0..count-1 on this many threads; returns the wall time in nanoseconds. */
    static long run(int count, int threads, IntConsumer item) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        item.accept(i);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return System.nanoTime() - start;
        } catch (Exception e) {
            throw new IllegalStateException("a worker failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }
}
