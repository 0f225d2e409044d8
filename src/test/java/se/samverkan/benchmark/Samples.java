package se.samverkan.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings in milliseconds, safe to add to from several workers. */
final class Samples {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void addNanos(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    /** Times one call and returns its result. */
    <T> T time(java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            addNanos(System.nanoTime() - start);
        }
    }

    int count() {
        return millis.size();
    }

    double mean() {
        synchronized (millis) {
            return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
