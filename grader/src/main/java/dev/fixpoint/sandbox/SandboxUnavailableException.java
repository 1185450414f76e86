package dev.fixpoint.sandbox;

/** No worker can be started as the settings demand; the message says why and what would fix it. */
public class SandboxUnavailableException extends RuntimeException {

    public SandboxUnavailableException(String message) {
        super(message);
    }
}
