package dev.fixpoint.server.submissions;

/** The account has as many submissions waiting as it may; the message says what to do. */
public class TooManySubmissionsException extends RuntimeException {

    public TooManySubmissionsException(String message) {
        super(message);
    }
}
