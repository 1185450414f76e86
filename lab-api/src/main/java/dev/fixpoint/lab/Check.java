package dev.fixpoint.lab;

/**
 * A black-box check of a lab, run by the platform outside the sandbox that hosts the services.
 *
 * <p>An exploit check passes when the attack is blocked; a functional check passes when the feature
 * works. A check talks to the services only through {@link CheckContext#send}, so nothing the code
 * under test does inside its sandbox can change how the check decides.
 */
public interface Check {

    /**
     * Runs the check once.
     *
     * @param context the services, the per-run secrets and random values, and this check's parameters
     * @return whether the check passed, with a message for the learner
     * @throws Exception a check that throws fails, with the exception's message
     */
    CheckResult run(CheckContext context) throws Exception;
}
