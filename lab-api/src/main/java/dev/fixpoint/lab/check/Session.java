package dev.fixpoint.lab.check;

import dev.fixpoint.lab.Request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials a check sends as one user: the headers that prove who is calling.
 *
 * @param headers header names and values added to every request sent as this session
 */
public record Session(Map<String, String> headers) {

    /** No credentials: an anonymous caller. */
    public static final Session NONE = new Session(Map.of());

    public Session {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** {@code Authorization: Bearer token}. */
    public static Session bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    /** Any header that carries credentials, such as {@code X-Api-Key}. */
    public static Session header(String name, String value) {
        return new Session(Map.of(name, value));
    }

    /**
     * The cookies a response set ({@code Set-Cookie}), sent back as one {@code Cookie} header.
     *
     * @return nothing when the response set no cookie
     */
    public static Optional<Session> cookies(Reply reply) {
        return reply.header("Set-Cookie").map(Session::fromSetCookie).filter(session -> !session.headers.isEmpty());
    }

    private static Session fromSetCookie(String setCookie) {
        // Repeated Set-Cookie headers arrive joined with ", "; an attribute such as Expires holds a comma too, so split
        // only where a new name=value starts.
        StringBuilder cookie = new StringBuilder();
        for (String one : setCookie.split(",\\s*(?=[^;,\\s=]+=)")) {
            String pair = one.split(";", 2)[0].trim();
            if (pair.indexOf('=') > 0) {
                cookie.append(cookie.isEmpty() ? "" : "; ").append(pair);
            }
        }
        return cookie.isEmpty() ? NONE : new Session(Map.of("Cookie", cookie.toString()));
    }

    /** {@code request} with this session's headers (replacing any of the same name). */
    public Request apply(Request request) {
        Request with = request;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            with = with.header(header.getKey(), header.getValue());
        }
        return with;
    }
}
