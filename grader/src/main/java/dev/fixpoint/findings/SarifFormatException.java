package dev.fixpoint.findings;

/** A file that cannot be read as a SARIF log at all, or that breaks a size limit; the message says what is wrong and where. */
public class SarifFormatException extends RuntimeException {

    public SarifFormatException(String message) {
        super(message);
    }
}
