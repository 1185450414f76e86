package dev.fixpoint.kit;

import com.sun.net.httpserver.HttpExchange;
import dev.fixpoint.lab.Json;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a handler sees it: method, path, the path template's parameters, the query, headers and the body.
 * Reading a body that is not what the handler asked for (not JSON, too long) ends the request with 400.
 */
public final class Incoming {

    /** The longest body a service reads; a longer one is answered 413. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private byte[] body;

    Incoming(HttpExchange exchange, Map<String, String> pathParams) {
        this.exchange = exchange;
        this.pathParams = Map.copyOf(pathParams);
        this.query = decodeForm(exchange.getRequestURI().getRawQuery());
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    /** The decoded path, such as {@code /invoices/7}. */
    public String path() {
        return exchange.getRequestURI().getPath();
    }

    /** The path as sent, percent-encoding and all. */
    public String rawPath() {
        return exchange.getRequestURI().getRawPath();
    }

    /** A parameter of the route's path template ({@code {id}} in {@code /invoices/{id}}), decoded. */
    public String param(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no {" + name + "}");
        }
        return value;
    }

    /** A path parameter as a number; 404 when it is not one (an id that cannot exist). */
    public long longParam(String name) {
        try {
            return Long.parseLong(param(name));
        } catch (NumberFormatException e) {
            throw HttpError.notFound("not found");
        }
    }

    /** The first value of a query parameter. */
    public Optional<String> query(String name) {
        List<String> values = query.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** Every value of a query parameter, in order. */
    public List<String> queries(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** A request header, the first value if repeated. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** The token of an {@code Authorization: Bearer} header. */
    public Optional<String> bearer() {
        return header("Authorization").filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim());
    }

    /** A cookie the request carries. */
    public Optional<String> cookie(String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String pair : header.split(";")) {
                String[] parts = pair.trim().split("=", 2);
                if (parts.length == 2 && parts[0].equals(name)) {
                    return Optional.of(parts[1]);
                }
            }
        }
        return Optional.empty();
    }

    /** The body as UTF-8 text. */
    public String body() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** The body's bytes, read once. */
    public byte[] bytes() {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] read = in.readNBytes(MAX_BODY_BYTES + 1);
                if (read.length > MAX_BODY_BYTES) {
                    throw new HttpError(413, "the body is longer than " + MAX_BODY_BYTES + " bytes");
                }
                body = read;
            } catch (IOException e) {
                throw HttpError.badRequest("the body could not be read");
            }
        }
        return body;
    }

    /** The body as JSON; 400 naming what is wrong when it is not. */
    public Json json() {
        try {
            return Json.parse(body());
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }

    /** A field of an {@code application/x-www-form-urlencoded} body, the first if repeated. */
    public Optional<String> form(String name) {
        List<String> values = decodeForm(body()).getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The exchange underneath, for what the kit does not cover (streaming, raw headers). */
    public HttpExchange exchange() {
        return exchange;
    }

    static Map<String, List<String>> decodeForm(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            try {
                String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                String value = parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
                values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("malformed percent-encoding in " + pair);
            }
        }
        return values;
    }
}
