package chat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The chat app's management port (9090), Spring Boot Actuator style: health and configuration for the
 * operators. It has no login because the load balancer never routes to it: only this machine and the private
 * network can reach it.
 */
public class ManagementService implements LabService {

    @Override
    public HttpHandler start(ServiceContext context) {
        String env = "{\"activeProfiles\":[\"production\"],\"properties\":{"
                + "\"spring.datasource.password\":\"" + context.secret("database-password") + "\","
                + "\"spring.datasource.url\":\"jdbc:postgresql://db.internal:5432/chat\","
                + "\"spring.datasource.username\":\"chat\",\"server.port\":\"8080\",\"management.server.port\":\"9090\"}}";
        return exchange -> {
            String body = switch (exchange.getRequestURI().getPath()) {
                case "/actuator" -> "{\"_links\":{\"health\":{\"href\":\"/actuator/health\"},\"env\":{\"href\":\"/actuator/env\"}}}";
                case "/actuator/health" -> "{\"status\":\"UP\"}";
                case "/actuator/env" -> env;
                default -> null;
            };
            send(exchange, body);
        };
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = (body == null ? "{\"status\":404,\"error\":\"Not Found\"}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
