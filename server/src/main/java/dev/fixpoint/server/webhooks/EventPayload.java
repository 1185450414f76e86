package dev.fixpoint.server.webhooks;

import dev.fixpoint.server.assignments.AssignmentEvent;
import dev.fixpoint.server.assignments.AssignmentStatus;
import dev.fixpoint.server.assignments.AssignmentView;
import dev.fixpoint.server.assignments.Severity;
import dev.fixpoint.server.assignments.Trigger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The JSON body of an assignment event's delivery. Receivers parse it, so its names are a contract (docs/findings.md);
 * times are UTC instants, and absent values are {@code null} rather than missing.
 *
 * @param id        the delivery's id, also sent as {@code X-Fixpoint-Delivery}, for receivers to drop a repeated delivery
 * @param createdAt when the event happened
 */
record EventPayload(String id, String event, Instant createdAt, Assignment assignment, List<Finding> findings) {

    record Assignment(long id, Lab lab, Developer developer, Severity severity, AssignmentStatus status, Instant createdAt,
                      Instant dueAt, Instant completedAt, String submission, String backlog) {
    }

    record Lab(String id, String title) {
    }

    record Developer(String username, String email) {
    }

    /** A finding behind a created assignment; {@code line} is {@code null} when the scanner gave none. */
    record Finding(String repository, String commit, String ref, String tool, String rule, Integer cwe, String file, Integer line,
                   String message) {
    }

    static EventPayload of(String deliveryId, OffsetDateTime createdAt, AssignmentEvent event) {
        AssignmentView view = event.assignment();
        Assignment assignment = new Assignment(view.id(), new Lab(view.labId(), view.labTitle()),
                new Developer(view.developer(), view.developerEmail()), view.severity(), view.status(), instant(view.createdAt()),
                instant(view.dueAt()), instant(view.completedAt()), view.submissionId(), view.backlog());
        return new EventPayload(deliveryId, event.type().wireName(), instant(createdAt), assignment,
                event.triggers().stream().map(EventPayload::finding).toList());
    }

    private static Finding finding(Trigger trigger) {
        return new Finding(trigger.repository(), trigger.commit(), trigger.ref(), trigger.tool(), trigger.ruleId(), trigger.cwe(),
                trigger.file(), trigger.line() > 0 ? trigger.line() : null, trigger.message());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
