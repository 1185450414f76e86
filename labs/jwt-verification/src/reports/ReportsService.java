package reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * Acme's reporting application. Every request carries an access token from Acme's login service
 * ({@code Authorization: Bearer <token>}); administrators also see the board reports.
 */
public class ReportsService implements LabService {

    /** Who issues the tokens this service accepts, and the audience they must be issued for. */
    static final String ISSUER = "https://login.acme.test";
    static final String AUDIENCE = "reports";

    private final ObjectMapper json = new ObjectMapper();

    private TokenVerifier verifier;
    private List<Map<String, String>> boardReports;

    @Override
    public HttpHandler start(ServiceContext context) throws Exception {
        // Every Acme service shares one HMAC key, derived from the configured passphrase.
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest(context.secret("token-signing-passphrase").getBytes(StandardCharsets.UTF_8));
        verifier = new TokenVerifier(key, ISSUER, AUDIENCE);
        boardReports = List.of(
                Map.of("title", "Q3 results (board only)", "body", context.secret("board-report")),
                Map.of("title", "Acquisition shortlist", "body", "Three candidates, see the data room."));
        return this::route;
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("GET") || !(path.equals("/me") || path.equals("/admin/reports"))) {
            send(exchange, 404, Map.of("error", "not found"));
            return;
        }
        Caller caller;
        try {
            caller = verifier.verify(bearerToken(exchange));
        } catch (InvalidTokenException e) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            send(exchange, 401, Map.of("error", "invalid or missing access token"));
            return;
        }
        if (path.equals("/me")) {
            send(exchange, 200, Map.of("username", caller.username(), "role", caller.role()));
        } else if (caller.isAdmin()) {
            send(exchange, 200, Map.of("reports", boardReports));
        } else {
            send(exchange, 403, Map.of("error", "administrators only"));
        }
    }

    private static String bearerToken(HttpExchange exchange) throws InvalidTokenException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidTokenException("no bearer token");
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
