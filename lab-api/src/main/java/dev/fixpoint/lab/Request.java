package dev.fixpoint.lab;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request a check sends to a service. The target is sent exactly as given (no normalisation), so
 * that checks can send the odd paths attackers send.
 *
 * @param method  the HTTP method, such as {@code GET}
 * @param target  the request target: path and query, such as {@code /search?q=x}
 * @param headers header names and values, in the order they are sent
 * @param body    the body as text (UTF-8), empty for none
 */
public record Request(String method, String target, Map<String, String> headers, String body) {

    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? "" : body;
        if (method.isEmpty() || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("HTTP method must be upper-case letters: " + method);
        }
        if (target.isEmpty() || target.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            throw new IllegalArgumentException("request target must not be empty or contain spaces or control characters: " + target);
        }
        headers.forEach((name, value) -> {
            if (name.isEmpty() || (name + value).chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new IllegalArgumentException("header must have a name and no line breaks: " + name);
            }
        });
    }

    public static Request get(String target) {
        return new Request("GET", target, Map.of(), "");
    }

    public static Request post(String target, String contentType, String body) {
        return new Request("POST", target, Map.of("Content-Type", contentType), body);
    }

    /** A POST with a JSON body. */
    public static Request postJson(String target, String json) {
        return post(target, "application/json", json);
    }

    /** This request with one more header (or the header replaced). */
    public Request header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Request(method, target, copy, body);
    }

    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
