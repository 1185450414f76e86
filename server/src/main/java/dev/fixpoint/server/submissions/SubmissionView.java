package dev.fixpoint.server.submissions;

import dev.fixpoint.grading.GradeReport;

import java.time.OffsetDateTime;

/**
 * A submission: as its owner sees it (the report's learner view), or, for an administrator, with the full report.
 *
 * @param report the graded result, null until the status is DONE
 * @param error  why grading failed, null unless the status is FAILED
 */
public record SubmissionView(String id, String labId, SubmissionStatus status, GradeReport report, String error,
                             OffsetDateTime createdAt, OffsetDateTime finishedAt, Integer ahead) {

    /** This view with what a learner may see of the report. */
    SubmissionView forLearner() {
        return report == null ? this : new SubmissionView(id, labId, status, report.forLearner(), error, createdAt, finishedAt, ahead);
    }

    /** This view with the number of queued submissions ahead of it (for a queued one). */
    SubmissionView withAhead(int count) {
        return new SubmissionView(id, labId, status, report, error, createdAt, finishedAt, count);
    }
}
