package dev.fixpoint.server.submissions;

import java.time.OffsetDateTime;

/**
 * A learner's progress on one lab.
 *
 * @param solved whether any submission was SECURE
 */
public record LabProgress(String labId, int attempts, boolean solved, OffsetDateTime lastAttempt) {
}
