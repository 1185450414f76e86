package dev.fixpoint.lab;

import java.util.Objects;

/**
 * The outcome of one run of a {@link Check}.
 *
 * @param passed  for an exploit check: the attack was blocked; for a functional check: the feature works
 * @param message what the learner reads next to the check
 */
public record CheckResult(boolean passed, String message) {

    public CheckResult {
        Objects.requireNonNull(message, "message");
    }

    public static CheckResult pass(String message) {
        return new CheckResult(true, message);
    }

    public static CheckResult fail(String message) {
        return new CheckResult(false, message);
    }

    /** Passes when {@code condition} holds, with the matching message. */
    public static CheckResult passIf(boolean condition, String whenPassed, String whenFailed) {
        return condition ? pass(whenPassed) : fail(whenFailed);
    }
}
