package dev.fixpoint.lab;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The HTTP response a service gave to a check.
 *
 * @param status    the status code
 * @param headers   header values by lower-case name (repeated headers joined with {@code ", "})
 * @param body      the body as text (UTF-8)
 * @param truncated whether the body was longer than the platform keeps and was cut
 */
public record Response(int status, Map<String, String> headers, String body, boolean truncated) {

    public Response {
        TreeMap<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> lower.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + ", " + b));
        headers = java.util.Collections.unmodifiableMap(lower);
        body = body == null ? "" : body;
    }

    /** A header's value, looked up without regard to case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
