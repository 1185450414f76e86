package dev.fixpoint.kit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes requests by method and path template to handlers, and writes their answers. A template's {@code {name}} matches
 * one path segment, and a final {@code {*name}} the rest of the path (slashes included, possibly empty, not decoded), as a
 * gateway forwarding everything under a prefix needs; routes are tried in the order they were added. An unknown path is answered 404, a known path with
 * another method 405, an {@link HttpError} with its status, and any other exception 500 without its message.
 */
public final class Router implements HttpHandler {

    /** Handles one request. */
    @FunctionalInterface
    public interface Handler {
        Answer handle(Incoming request) throws Exception;
    }

    private record Route(String method, Pattern pattern, List<String> names, Handler handler) {
    }

    private static final String ANY = "*";

    private final List<Route> routes = new ArrayList<>();

    public Router get(String template, Handler handler) {
        return on("GET", template, handler);
    }

    public Router post(String template, Handler handler) {
        return on("POST", template, handler);
    }

    public Router put(String template, Handler handler) {
        return on("PUT", template, handler);
    }

    public Router patch(String template, Handler handler) {
        return on("PATCH", template, handler);
    }

    public Router delete(String template, Handler handler) {
        return on("DELETE", template, handler);
    }

    /** Adds a route that takes every method. */
    public Router any(String template, Handler handler) {
        return on(ANY, template, handler);
    }

    /** Adds a route for one method. */
    public Router on(String method, String template, Handler handler) {
        List<String> names = new ArrayList<>();
        Matcher parameter = Pattern.compile("\\{(\\*?)([A-Za-z][A-Za-z0-9]*)}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int from = 0;
        while (parameter.find()) {
            boolean rest = !parameter.group(1).isEmpty();
            if (rest && parameter.end() != template.length()) {
                throw new IllegalArgumentException("{*" + parameter.group(2) + "} must end the template: " + template);
            }
            regex.append(Pattern.quote(template.substring(from, parameter.start()))).append(rest ? "(.*)" : "([^/]+)");
            names.add((rest ? "*" : "") + parameter.group(2));
            from = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(from)));
        routes.add(new Route(method, Pattern.compile(regex.toString()), names, handler));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            try {
                answer = dispatch(exchange);
            } catch (HttpError e) {
                answer = Answer.json(e.status(), "error", e.getMessage());
                for (Map.Entry<String, String> header : e.headers().entrySet()) {
                    answer = answer.header(header.getKey(), header.getValue());
                }
            } catch (Exception e) {
                answer = Answer.json(500, "error", "internal error");
            }
            write(exchange, answer);
        }
    }

    private Answer dispatch(HttpExchange exchange) throws Exception {
        String rawPath = exchange.getRequestURI().getRawPath();
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Matcher matcher = route.pattern.matcher(rawPath);
            if (!matcher.matches()) {
                continue;
            }
            if (!route.method.equals(ANY) && !route.method.equals(exchange.getRequestMethod())) {
                allowed.add(route.method);
                continue;
            }
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < route.names.size(); i++) {
                if (route.names.get(i).startsWith("*")) {
                    params.put(route.names.get(i).substring(1), matcher.group(i + 1));
                    continue;
                }
                try {
                    params.put(route.names.get(i), URLDecoder.decode(matcher.group(i + 1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw HttpError.badRequest("malformed percent-encoding in the path");
                }
            }
            Answer answer = route.handler.handle(new Incoming(exchange, params));
            if (answer == null) {
                throw new IllegalStateException("handler returned no answer");
            }
            return answer;
        }
        if (!allowed.isEmpty()) {
            return Answer.json(405, "error", "method not allowed").header("Allow", String.join(", ", allowed));
        }
        throw HttpError.notFound("not found");
    }

    private static void write(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean noBody = answer.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(answer.status(), noBody ? -1 : answer.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }
}
