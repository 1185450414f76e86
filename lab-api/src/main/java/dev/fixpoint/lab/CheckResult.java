package dev.fixpoint.lab;

import java.util.Objects;

/**
 * The outcome of one run of a {@link Check}.
 *
 * @param status  passed, failed, or the check could not set its attack up
 * @param message what the learner reads next to the check
 */
public record CheckResult(Status status, String message) {

    /** What one run of a check found. */
    public enum Status {
        /** For an exploit check: the attack was blocked; for a functional check: the feature works. */
        PASSED,
        /** For an exploit check: the attack got through; for a functional check: the feature does not work. */
        FAILED,
        /**
         * The check could not prepare its attack (a user to sign up, a record to plant), so it proves nothing either way.
         * Reported as the lab's fault when the feature otherwise works, and {@code fixpoint lab verify} fails on it.
         */
        NOT_SET_UP
    }

    public CheckResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    public static CheckResult pass(String message) {
        return new CheckResult(Status.PASSED, message);
    }

    public static CheckResult fail(String message) {
        return new CheckResult(Status.FAILED, message);
    }

    /** The check could not set its attack up; {@code message} names the step that did not work and what it answered. */
    public static CheckResult notSetUp(String message) {
        return new CheckResult(Status.NOT_SET_UP, message);
    }

    /** Passes when {@code condition} holds, with the matching message. */
    public static CheckResult passIf(boolean condition, String whenPassed, String whenFailed) {
        return condition ? pass(whenPassed) : fail(whenFailed);
    }

    /** Whether the check passed: a check that could not set up did not. */
    public boolean passed() {
        return status == Status.PASSED;
    }
}
