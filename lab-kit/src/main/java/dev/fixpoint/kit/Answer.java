package dev.fixpoint.kit;

import dev.fixpoint.lab.Json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: a status, headers and a body.
 *
 * @param status  the HTTP status
 * @param headers header names and values
 * @param body    the body's bytes, empty for none
 */
public record Answer(int status, Map<String, String> headers, byte[] body) {

    public Answer {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body;
    }

    /** 200 with a JSON body. */
    public static Answer json(Json body) {
        return json(200, body);
    }

    public static Answer json(int status, Json body) {
        return of(status, "application/json", body.toString());
    }

    /** A JSON object of these names and values (see {@link Json#object}). */
    public static Answer json(int status, Object... namesAndValues) {
        return json(status, Json.object(namesAndValues));
    }

    public static Answer text(int status, String text) {
        return of(status, "text/plain; charset=utf-8", text);
    }

    public static Answer html(int status, String html) {
        return of(status, "text/html; charset=utf-8", html);
    }

    /** A body as given, with its content type. */
    public static Answer of(int status, String contentType, String body) {
        return new Answer(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    /** A status with no body, such as 204. */
    public static Answer status(int status) {
        return new Answer(status, Map.of(), new byte[0]);
    }

    /** 302 to {@code location}. */
    public static Answer redirect(String location) {
        return redirect(302, location);
    }

    /** A redirect with its status (301, 302, 303, 307 or 308) to {@code location}. */
    public static Answer redirect(int status, String location) {
        return new Answer(status, Map.of("Location", location), new byte[0]);
    }

    /** This answer with one more header (or the header replaced). */
    public Answer header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Answer(status, copy, body);
    }
}
