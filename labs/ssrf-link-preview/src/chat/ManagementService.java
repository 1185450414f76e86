package chat;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.util.List;

/**
 * The chat app's management port (9090), Spring Boot Actuator style: health and configuration for the
 * operators. It has no login because the load balancer never routes to it: only this machine and the private
 * network can reach it.
 */
public class ManagementService implements LabService {

    @Override
    public Router start(ServiceContext context) {
        Json env = Json.object("activeProfiles", List.of("production"), "properties", Json.object(
                "spring.datasource.password", context.secret("database-password"),
                "spring.datasource.url", "jdbc:postgresql://db.internal:5432/chat",
                "spring.datasource.username", "chat", "server.port", "8080", "management.server.port", "9090"));
        return new Router()
                .get("/actuator", request -> Answer.json(200, "_links", Json.object(
                        "health", Json.object("href", "/actuator/health"), "env", Json.object("href", "/actuator/env"))))
                .get("/actuator/health", request -> Answer.json(200, "status", "UP"))
                .get("/actuator/env", request -> Answer.json(env));
    }
}
