package echo;

import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request inspector, like httpbin's /anything: the platform team routes /api/echo to it to see what the
 * gateway forwards to its backends. It answers the method, path and headers it received, as JSON, whatever the
 * method and path (which is why it takes every request itself rather than through a router).
 */
public class EchoService implements LabService {

    @Override
    public HttpHandler start(ServiceContext context) {
        return exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                headers.putAll(exchange.getRequestHeaders());
                byte[] echo = Json.object("method", exchange.getRequestMethod(), "path", exchange.getRequestURI().getRawPath(),
                        "headers", headers).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, echo.length);
                exchange.getResponseBody().write(echo);
            }
        };
    }
}
