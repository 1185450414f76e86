package dev.fixpoint.lab;

/** A request got no HTTP response: the service timed out, closed the connection or is not running. */
public class ServiceUnreachableException extends RuntimeException {

    public ServiceUnreachableException(String message) {
        super(message);
    }
}
