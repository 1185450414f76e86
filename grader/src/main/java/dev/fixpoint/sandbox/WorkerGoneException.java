package dev.fixpoint.sandbox;

/** The worker process ended or was killed while the grader was talking to it. */
public class WorkerGoneException extends RuntimeException {

    private final boolean killedForTime;

    public WorkerGoneException(String message, boolean killedForTime) {
        super(message);
        this.killedForTime = killedForTime;
    }

    /** Whether the grader killed the worker because it ran out of time, rather than it dying by itself. */
    public boolean killedForTime() {
        return killedForTime;
    }
}
