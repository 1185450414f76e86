package dev.fixpoint.lab;

/**
 * A step a check needs before it can attack or test anything did not work: signing a user up, logging in, planting a
 * record. Thrown by the check SDK's clients, or by a check itself. The platform reports an exploit check that throws it
 * as {@link CheckResult.Status#NOT_SET_UP} (it proves nothing either way) and a functional check that throws it as
 * failed (the feature it needs does not work).
 */
public class SetupFailedException extends Exception {

    public SetupFailedException(String message) {
        super(message);
    }
}
