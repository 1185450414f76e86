package dev.fixpoint.grading;

/** The outcome of grading one submission. */
public enum Verdict {
    /** Every exploit check was blocked and every functional check passed. */
    SECURE,
    /** At least one exploit check still gets through. */
    VULNERABLE,
    /** The exploits are blocked, but at least one functional check fails: the feature no longer works. */
    BROKEN,
    /** The code does not compile. */
    COMPILE_ERROR,
    /** The code does something this lab's bytecode policy does not allow. */
    REJECTED,
    /** The services did not start or answer within the lab's limits. */
    TIMEOUT,
    /** The services failed to start or their process died. */
    CRASHED,
    /**
     * The feature works and no attack got through, but a check could not set its attack up, so the code is not proven
     * secure: a fault of the lab (its checks or its service code), never of the learner's fix.
     */
    LAB_ERROR
}
