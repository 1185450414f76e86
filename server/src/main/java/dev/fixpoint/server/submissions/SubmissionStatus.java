package dev.fixpoint.server.submissions;

/** Where a submission is: every submission ends DONE (with a verdict) or FAILED (with a reason). */
public enum SubmissionStatus {
    QUEUED, RUNNING, DONE, FAILED;

    /** Waiting for its verdict: queued or being graded. */
    public boolean pending() {
        return this == QUEUED || this == RUNNING;
    }
}
