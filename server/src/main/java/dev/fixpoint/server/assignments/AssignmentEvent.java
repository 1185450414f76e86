package dev.fixpoint.server.assignments;

import java.util.List;

/**
 * Published when an assignment is created or completed, synchronously and inside the transaction that made the
 * change, so that a listener's writes (a webhook delivery, say) commit or roll back with it.
 *
 * @param triggers the findings behind a created assignment; empty for a completed one
 */
public record AssignmentEvent(Type type, AssignmentView assignment, List<Trigger> triggers) {

    public AssignmentEvent {
        triggers = List.copyOf(triggers);
    }

    public enum Type {
        CREATED("assignment.created"), COMPLETED("assignment.completed");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        /** The name webhooks and their receivers use. */
        public String wireName() {
            return wireName;
        }
    }
}
