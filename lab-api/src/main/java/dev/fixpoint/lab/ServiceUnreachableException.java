package dev.fixpoint.lab;

/** A request got no HTTP response: the service timed out, closed the connection or is not running. */
public class ServiceUnreachableException extends RuntimeException {

    private final boolean timedOut;

    public ServiceUnreachableException(String message) {
        this(message, false);
    }

    /** @param timedOut whether the service did not answer in time, rather than refusing or closing the connection */
    public ServiceUnreachableException(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    /** Whether the service did not answer in time. */
    public boolean timedOut() {
        return timedOut;
    }
}
