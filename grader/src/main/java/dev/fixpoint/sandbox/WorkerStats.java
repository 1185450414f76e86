package dev.fixpoint.sandbox;

import java.util.ArrayDeque;
import java.util.List;

/**
 * What the last workers cost: how long each took from launch to ready, and the peak resident memory of each
 * that served a submission, and whether it had rehearsed its lab. For operators and benchmarks to compare with the sandbox's limits.
 */
final class WorkerStats {

    private static final int KEPT = 1_000;
    private final ArrayDeque<Long> startMillis = new ArrayDeque<>();
    private final ArrayDeque<Long> peakKiB = new ArrayDeque<>();
    private final ArrayDeque<Boolean> rehearsed = new ArrayDeque<>();

    void started(long millis) {
        add(startMillis, millis);
    }

    void released(long kib) {
        add(peakKiB, kib);
    }

    void rehearsed(boolean ran) {
        add(rehearsed, ran);
    }

    List<Boolean> rehearsed() {
        return copy(rehearsed);
    }

    List<Long> startMillis() {
        return copy(startMillis);
    }

    List<Long> peakKiB() {
        return copy(peakKiB);
    }

    private static <T> void add(ArrayDeque<T> samples, T value) {
        synchronized (samples) {
            if (samples.size() == KEPT) {
                samples.removeFirst();
            }
            samples.addLast(value);
        }
    }

    private static <T> List<T> copy(ArrayDeque<T> samples) {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }
}
