package reports;

/** A formula that could not be parsed or evaluated: the analyst gets a 400 with the message. */
public class FormulaException extends RuntimeException {

    public FormulaException(String message) {
        super(message);
    }

    public FormulaException(String message, Throwable cause) {
        super(message, cause);
    }
}
