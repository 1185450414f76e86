package shop;

/** A request the catalogue cannot answer as asked; the API answers it 400 with the message. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
