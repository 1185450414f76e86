package dev.fixpoint.sandbox;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * The ready workers of one spec and rehearsal, the pre-starts under way for them, and how many to keep: the sandbox
 * keeps one such pool per spec and rehearsal.
 */
final class WorkerPool {

    /** What a pool is kept by. */
    record Key(WorkerSpec spec, String rehearsal) {
    }

    final WorkerSpec spec;
    private final LinkedBlockingDeque<WorkerProcess> ready = new LinkedBlockingDeque<>();
    private int starting;
    private int waiting;
    private volatile int target;
    private volatile Rehearsal rehearsal;

    WorkerPool(WorkerSpec spec, int target, Rehearsal rehearsal) {
        this.spec = spec;
        this.target = target;
        this.rehearsal = rehearsal;
    }

    Rehearsal rehearsal() {
        return rehearsal;
    }

    /** The rehearsal future pre-starts run: the latest a caller gave, which names the same thing. */
    void rehearsal(Rehearsal latest) {
        rehearsal = latest;
    }

    int target() {
        return target;
    }

    void target(int workers) {
        target = workers;
    }

    int readyCount() {
        return ready.size();
    }

    void add(WorkerProcess worker) {
        ready.addLast(worker);
    }

    /** Removes and releases, through {@code release}, the ready workers that {@code stale} says to replace. */
    void replace(java.util.function.Predicate<WorkerProcess> stale, java.util.function.Consumer<WorkerProcess> release) {
        ready.removeIf(worker -> {
            if (!stale.test(worker)) {
                return false;
            }
            release.accept(worker);
            return true;
        });
    }

    /** Closes every ready worker. */
    void closeAll() {
        for (WorkerProcess worker; (worker = ready.pollFirst()) != null; ) {
            worker.close();
        }
    }

    /**
     * A ready worker, or the next one of the pre-starts under way when there are more of those than callers already waiting
     * for them: starting yet another worker would only share the cores with them and be ready later. Null when neither.
     */
    WorkerProcess take(long waitNanos) {
        WorkerProcess worker = pollAlive();
        if (worker != null || !claim()) {
            return worker;
        }
        try {
            long deadline = System.nanoTime() + waitNanos;
            // Short waits, so that a pre-start that failed (no worker will come) is noticed at once.
            while (worker == null && starting() > 0 && System.nanoTime() < deadline) {
                worker = ready.pollFirst(20, TimeUnit.MILLISECONDS);
                if (worker != null && !worker.isAlive()) {
                    worker.close();
                    worker = null;
                }
            }
            return worker != null ? worker : pollAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return worker;
        } finally {
            unclaim();
        }
    }

    private WorkerProcess pollAlive() {
        WorkerProcess worker;
        while ((worker = ready.pollFirst()) != null && !worker.isAlive()) {
            worker.close();
        }
        return worker;
    }

    /** How many more workers to start (counting those starting), now counted as starting; 0 when {@code open} is false. */
    synchronized int startMissing(boolean open) {
        int missing = open ? Math.max(0, target - ready.size() - starting) : 0;
        starting += missing;
        return missing;
    }

    synchronized int starting() {
        return starting;
    }

    synchronized void finished() {
        starting--;
    }

    /** Whether a caller waits for one of the pre-starts under way. */
    synchronized boolean wanted() {
        return waiting > 0;
    }

    /** Whether one more caller may wait for a pre-start under way (and counts it as waiting). */
    private synchronized boolean claim() {
        if (starting > waiting) {
            waiting++;
            return true;
        }
        return false;
    }

    private synchronized void unclaim() {
        waiting--;
    }
}
