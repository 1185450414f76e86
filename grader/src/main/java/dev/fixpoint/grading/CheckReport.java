package dev.fixpoint.grading;

import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.lab.host.Exchange;

import java.util.List;

/**
 * The result of one check, as part of a {@link GradeReport}.
 *
 * @param passed      for an exploit check: the attack was blocked; for a functional check: the feature works
 * @param explanation for an exploit check that got through: why the attack works; otherwise null
 * @param clue        for a hidden check: the author's clue to what kind of request it sends, the only thing a learner
 *                    sees of it when it fails; null for a visible check
 * @param transcript  for a visible exploit check that got through: the requests and responses; otherwise empty
 * @param timedOut    whether the check failed because a service did not answer within the lab's limit
 * @param notSetUp    whether an exploit check could not set its attack up, so that it proves nothing either way (then
 *                    {@code passed} is false: a check that could not run never counts as blocked)
 * @param millis      how long the check took
 */
public record CheckReport(String name, CheckKind kind, Visibility visibility, boolean passed, String message,
                          String explanation, String clue, List<Exchange> transcript, boolean timedOut, Boolean notSetUp, long millis) {

    public CheckReport {
        transcript = transcript == null ? List.of() : List.copyOf(transcript);
        // Reports stored before this field existed have none: their checks all ran.
        notSetUp = Boolean.TRUE.equals(notSetUp);
    }

    /** What the check found, in the words the reports use. */
    public enum Outcome {
        /** An exploit check whose attack was blocked. */
        BLOCKED("blocked"),
        /** An exploit check whose attack still works. */
        GOT_THROUGH("GOT THROUGH"),
        /** A functional check that passed. */
        WORKS("works"),
        /** A functional check that failed. */
        BROKEN("BROKEN"),
        /** An exploit check that could not set its attack up: the lab's fault, not the learner's. */
        NOT_SET_UP("NOT SET UP");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** How reports print it: failures in capitals, so that they stand out. */
        public String label() {
            return label;
        }
    }

    public Outcome outcome() {
        if (notSetUp) {
            return Outcome.NOT_SET_UP;
        }
        if (kind == CheckKind.EXPLOIT) {
            return passed ? Outcome.BLOCKED : Outcome.GOT_THROUGH;
        }
        return passed ? Outcome.WORKS : Outcome.BROKEN;
    }

    public boolean hidden() {
        return visibility == Visibility.HIDDEN;
    }
}
