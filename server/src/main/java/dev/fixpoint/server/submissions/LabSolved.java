package dev.fixpoint.server.submissions;

import java.time.OffsetDateTime;

/**
 * Published when a submission is graded SECURE, on the grading thread, after its verdict is stored.
 *
 * @param submittedAt when the learner submitted the fix
 */
public record LabSolved(long accountId, String labId, String submissionId, OffsetDateTime submittedAt) {
}
