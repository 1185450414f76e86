package dev.fixpoint.sandbox;

import java.util.function.BooleanSupplier;

/**
 * What a pooled worker runs before it waits for a submission, so that the submission finds the lab's framework paths
 * loaded and compiled: trusted code only (a lab's starter code and visible checks, whose every byte the learner already
 * has), in a run of its own that the worker ends ({@link WorkerProcess#nextRun}) before it enters the pool. The worker
 * then serves one submission and is destroyed, as every pooled worker is.
 */
public interface Rehearsal {

    /** No rehearsal: the worker waits in the pool straight after its start (and its runtime's warm-up). */
    Rehearsal NONE = new Rehearsal() {
        @Override
        public String name() {
            return "";
        }

        @Override
        public Result rehearse(WorkerProcess worker, BooleanSupplier wanted) {
            return Result.SKIPPED;
        }
    };

    /** What a rehearsal did to its worker. */
    enum Result {
        /** It ran and ended its run: the worker is ready for a submission. */
        REHEARSED,
        /** It did not run (a caller was waiting, or there was nothing to rehearse): the worker is as fresh as it started. */
        SKIPPED,
        /** It left the worker unusable (its run did not start or did not end): the worker is destroyed. */
        UNFIT
    }

    /** What is rehearsed: workers rehearsed under the same name (and started with the same spec) are interchangeable. */
    String name();

    /**
     * Rehearses in {@code worker} and ends the run, or leaves the worker as it is when {@code wanted} says a caller
     * already waits for it (a learner must not wait for a rehearsal).
     *
     * @return what it did; the worker serves a submission unless {@link Result#UNFIT}
     */
    Result rehearse(WorkerProcess worker, BooleanSupplier wanted);
}
