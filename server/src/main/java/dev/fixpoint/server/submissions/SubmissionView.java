package dev.fixpoint.server.submissions;

import java.time.OffsetDateTime;

/**
 * A submission as its owner sees it.
 *
 * @param report the graded result, null until the status is DONE
 * @param error  why grading failed, null unless the status is FAILED
 */
public record SubmissionView(String id, String labId, SubmissionStatus status, SubmissionReport report, String error,
                             OffsetDateTime createdAt, OffsetDateTime finishedAt) {
}
