package gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The public API gateway: users sign up and log in here, and every /api/... request is authenticated, then
 * forwarded to the internal service that owns the route. IdentityForwarding decides which headers go along.
 */
public class GatewayService implements LabService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    /** Headers the JDK client sets itself and refuses to take from us. */
    private static final Set<String> SET_BY_CLIENT = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final ObjectMapper json = new ObjectMapper();
    private final Accounts accounts = new Accounts();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final Map<String, URI> routes = new LinkedHashMap<>();
    private IdentityForwarding identity;

    @Override
    public HttpHandler start(ServiceContext context) {
        routes.put("/api/orders", context.peer("orders"));
        routes.put("/api/echo", context.peer("echo"));
        identity = new IdentityForwarding(context);
        accounts.signUp("ceo", UUID.randomUUID().toString());
        return this::handle;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (method.equals("POST") && path.equals("/signup")) {
            signUp(exchange);
        } else if (method.equals("POST") && path.equals("/login")) {
            logIn(exchange);
        } else {
            Optional<URI> backend = backendFor(path);
            if (backend.isEmpty()) {
                send(exchange, 404, Map.of("error", "not found"));
                return;
            }
            Optional<String> user = accounts.authenticate(bearerToken(exchange));
            if (user.isEmpty()) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                send(exchange, 401, Map.of("error", "log in first"));
                return;
            }
            forward(exchange, backend.get(), user.get());
        }
    }

    private Optional<URI> backendFor(String path) {
        return routes.entrySet().stream()
                .filter(route -> path.equals(route.getKey()) || path.startsWith(route.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Sends the request on to the backend, without the /api prefix, and relays the answer. */
    private void forward(HttpExchange exchange, URI backend, String userId) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath().substring("/api".length());
        String query = exchange.getRequestURI().getRawQuery();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Headers headers = identity.headersFor(userId, method, path, exchange.getRequestHeaders());

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend + path + (query == null ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(2))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | IllegalArgumentException e) {
            send(exchange, 502, Map.of("error", "bad gateway"));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 502, Map.of("error", "bad gateway"));
            return;
        }
        response.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
        byte[] answer = response.body();
        exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    private void signUp(HttpExchange exchange) throws IOException {
        JsonNode body = readJson(exchange);
        String username = body.path("username").asText("");
        String password = body.path("password").asText("");
        if (!USERNAME.matcher(username).matches() || password.length() < 8 || password.length() > 72) {
            send(exchange, 400, Map.of("error", "username: 3 to 40 of a-z 0-9 . _ -; password: 8 to 72 characters"));
        } else if (!accounts.signUp(username, password)) {
            send(exchange, 409, Map.of("error", "username taken"));
        } else {
            send(exchange, 201, Map.of("username", username));
        }
    }

    private void logIn(HttpExchange exchange) throws IOException {
        JsonNode body = readJson(exchange);
        Optional<String> token = accounts.logIn(body.path("username").asText(""), body.path("password").asText(""));
        if (token.isPresent()) {
            send(exchange, 200, Map.of("token", token.get(), "token_type", "Bearer"));
        } else {
            send(exchange, 401, Map.of("error", "wrong username or password"));
        }
    }

    private JsonNode readJson(HttpExchange exchange) {
        try {
            return json.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String bearerToken(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
