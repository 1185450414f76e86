package dev.fixpoint.lab.host;

/**
 * Exercises a runtime's libraries in a pre-started worker before any submission arrives, so that a
 * submission does not pay for loading and first running them. Found with {@link java.util.ServiceLoader} on
 * the worker's class path. A warm-up must leave no state a submission could observe.
 */
public interface WarmUp {

    /** Runs the warm-up; failures are ignored, as a cold library is slower but still correct. */
    void run() throws Exception;
}
