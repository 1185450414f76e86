package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.sandbox.Rehearsal;
import dev.fixpoint.sandbox.WorkerProcess;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A lab's rehearsal in its pooled workers: its starter code, which the learner has, started with secrets of the
 * rehearsal's own and sent the visible checks, which the learner has too. So nothing a learner's code could find in the
 * worker afterwards is not already theirs; and the framework paths the lab uses (its routes, security rules, queries)
 * are loaded and compiled before the learner's submission arrives.
 */
final class LabRehearsal implements Rehearsal {

    /** How long a rehearsal waits for the gradings under way to end before it runs beside them. */
    private static final long IDLE_WAIT_NANOS = 30_000_000_000L;

    private final String name;
    private final Lab lab;
    private final LabRuns runs;
    private final Supplier<LabRuns.Prepared> prepare;
    private final BooleanSupplier grading;
    private volatile LabRuns.Prepared starter;

    /**
     * @param prepare compiles the lab's starter code (once: the result is kept)
     * @param grading whether a grading is under way, which a rehearsal beside it would slow down
     */
    LabRehearsal(String name, Lab lab, LabRuns runs, Supplier<LabRuns.Prepared> prepare, BooleanSupplier grading) {
        this.name = name;
        this.lab = lab;
        this.runs = runs;
        this.prepare = prepare;
        this.grading = grading;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Result rehearse(WorkerProcess worker, BooleanSupplier wanted) {
        long deadline = System.nanoTime() + IDLE_WAIT_NANOS;
        try {
            while (grading.getAsBoolean() && !wanted.getAsBoolean() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.SKIPPED;
        }
        if (wanted.getAsBoolean()) {
            // A learner waits for this worker: it serves unrehearsed, as every worker did before rehearsals.
            return Result.SKIPPED;
        }
        LabRuns.Prepared prepared = starter;
        if (prepared == null) {
            prepared = prepare.get();
            starter = prepared;
        }
        // A starter that does not compile has nothing to rehearse; lab verify reports it to the lab's author.
        if (prepared.report() != null) {
            return Result.SKIPPED;
        }
        return runs.rehearse(lab, prepared, worker) ? Result.REHEARSED : Result.UNFIT;
    }
}
