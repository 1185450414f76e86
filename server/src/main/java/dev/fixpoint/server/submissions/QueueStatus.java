package dev.fixpoint.server.submissions;

import java.time.OffsetDateTime;

/**
 * The grading queue as an administrator sees it.
 *
 * @param queued         submissions waiting for a grading thread
 * @param running        submissions being graded
 * @param oldestQueuedAt when the submission waiting longest was submitted; null when none waits
 */
public record QueueStatus(int queued, int running, OffsetDateTime oldestQueuedAt) {
}
