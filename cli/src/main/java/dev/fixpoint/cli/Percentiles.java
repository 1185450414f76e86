package dev.fixpoint.cli;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations. */
record Percentiles(long p50, long p95, long p99, long max) {

    static Percentiles of(java.util.List<Long> sample) {
        return of(sample.stream().mapToLong(Long::longValue).toArray());
    }

    static Percentiles of(long[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        long[] sorted = sample.clone();
        Arrays.sort(sorted);
        return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    private static long rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
