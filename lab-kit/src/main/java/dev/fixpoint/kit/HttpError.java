package dev.fixpoint.kit;

/**
 * Ends a request with a status and a message, answered as {@code {"error": message}} by the {@link Router}.
 */
public class HttpError extends RuntimeException {

    private final int status;

    public HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError unauthorized(String message) {
        return new HttpError(401, message);
    }

    public static HttpError forbidden(String message) {
        return new HttpError(403, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    public static HttpError conflict(String message) {
        return new HttpError(409, message);
    }
}
