package previews;

/** A link the service will not preview; the message is shown to the user who posted it. */
public class InvalidLinkException extends Exception {

    public InvalidLinkException(String message) {
        super(message);
    }
}
