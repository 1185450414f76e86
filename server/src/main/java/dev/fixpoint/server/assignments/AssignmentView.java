package dev.fixpoint.server.assignments;

import java.time.OffsetDateTime;

/**
 * A lab assigned to a developer, as other modules and the API see it.
 *
 * @param developer      the assignee's user name
 * @param developerEmail the assignee's email, or {@code null} when the account has none
 * @param completedAt    when the developer's first SECURE submission after the assignment was graded, else {@code null}
 * @param submissionId   that submission, else {@code null}
 * @param backlog        a Jira key or an issue URL a lead linked, else {@code null}
 */
public record AssignmentView(long id, long accountId, String developer, String developerEmail, String labId, String labTitle,
                             Severity severity, AssignmentStatus status, OffsetDateTime createdAt, OffsetDateTime dueAt,
                             OffsetDateTime completedAt, String submissionId, String backlog) {

    /** Open and past its due date at {@code now}. */
    public boolean overdue(OffsetDateTime now) {
        return status == AssignmentStatus.OPEN && dueAt.isBefore(now);
    }
}
