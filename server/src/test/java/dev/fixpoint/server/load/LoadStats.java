package dev.fixpoint.server.load;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What all simulated learners measured and met, recorded from their threads at once. */
final class LoadStats {

    /** Nearest-rank percentiles of one kind of step, in milliseconds. */
    record Percentiles(int count, double p50, double p95, double p99, double max) {
    }

    private final Map<Kind, Queue<Long>> micros = new EnumMap<>(Kind.class);
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> verdicts = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger confirmed = new AtomicInteger();
    private final AtomicLong firstSubmit = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastVerdict = new AtomicLong(Long.MIN_VALUE);

    LoadStats() {
        for (Kind kind : Kind.values()) {
            micros.put(kind, new ConcurrentLinkedQueue<>());
        }
    }

    /** A response of this kind arrived after this many nanoseconds. */
    void request(Kind kind, long nanos) {
        requests.incrementAndGet();
        time(kind, nanos);
    }

    void time(Kind kind, long nanos) {
        micros.get(kind).add(nanos / 1_000);
    }

    /** Anything a learner did not get as a working server would answer: a wrong status, an exception, a wrong verdict. */
    void error(String what) {
        errors.add(what);
    }

    void submitted(long nanoTime) {
        submitted.incrementAndGet();
        firstSubmit.accumulateAndGet(nanoTime, Math::min);
    }

    /** A learner saw the verdict of one of their submissions. */
    void verdict(String verdict, long nanoTime) {
        verdicts.computeIfAbsent(verdict, key -> new AtomicInteger()).incrementAndGet();
        lastVerdict.accumulateAndGet(nanoTime, Math::max);
    }

    /** The API confirmed a submission is DONE with the verdict its code deserves. */
    void confirm() {
        confirmed.incrementAndGet();
    }

    int requests() {
        return requests.get();
    }

    int submitted() {
        return submitted.get();
    }

    int confirmedCount() {
        return confirmed.get();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    Map<String, Integer> verdicts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        verdicts.forEach((verdict, count) -> counts.put(verdict, count.get()));
        return counts;
    }

    /** Verdicts seen per second between the first submission and the last verdict. */
    double gradingsPerSecond() {
        long span = lastVerdict.get() - firstSubmit.get();
        int graded = verdicts.values().stream().mapToInt(AtomicInteger::get).sum();
        return span <= 0 ? 0 : graded / (span / 1e9);
    }

    Percentiles percentiles(Kind kind) {
        long[] sorted = micros.get(kind).stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1] / 1000.0);
    }

    private static double rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
