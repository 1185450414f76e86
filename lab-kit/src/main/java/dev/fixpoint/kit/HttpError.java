package dev.fixpoint.kit;

/**
 * Ends a request with a status and a message, answered as {@code {"error": message}} by the {@link Router}.
 */
public class HttpError extends RuntimeException {

    private final int status;
    private final java.util.Map<String, String> headers;

    public HttpError(int status, String message) {
        this(status, message, java.util.Map.of());
    }

    /** @param headers headers the answer carries, such as {@code WWW-Authenticate} */
    public HttpError(int status, String message, java.util.Map<String, String> headers) {
        super(message);
        this.status = status;
        this.headers = java.util.Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    /** 401 with {@code WWW-Authenticate: Bearer}, as RFC 6750 asks of a resource that takes bearer tokens. */
    public static HttpError unauthorized(String message) {
        return new HttpError(401, message, java.util.Map.of("WWW-Authenticate", "Bearer"));
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
