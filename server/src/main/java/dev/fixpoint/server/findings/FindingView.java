package dev.fixpoint.server.findings;

import dev.fixpoint.server.assignments.Severity;

import java.time.OffsetDateTime;

/**
 * A stored finding as leads and its developer see it. Its texts come from a scanner and are shown escaped.
 *
 * @param developer          the assigned developer's user name, or {@code null}
 * @param labId              the lab that teaches its CWE, or {@code null}
 * @param assignmentId       the assignment it triggered or joined, or {@code null}
 * @param assignmentDueAt    that assignment's due date, or {@code null}
 * @param backlog            the backlog item linked to the finding, or {@code null}
 * @param assignmentBacklog  the backlog item linked to its assignment, or {@code null}
 */
public record FindingView(long id, String repository, String tool, String ruleId, String ruleName, String message, Integer cwe,
                          Severity severity, String file, int line, String commit, String ref, String authorEmail,
                          String developer, String labId, Long assignmentId, OffsetDateTime assignmentDueAt,
                          String backlog, String assignmentBacklog, FindingStatus status, OffsetDateTime firstSeenAt,
                          OffsetDateTime lastSeenAt, String lastCommit, int timesSeen) {
}
