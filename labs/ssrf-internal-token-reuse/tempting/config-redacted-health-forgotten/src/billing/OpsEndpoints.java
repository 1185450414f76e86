package billing;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Billing's operations endpoints, in the spirit of Spring Boot Actuator: the configuration the service runs with and
 * its health, for the on-call engineers' dashboards. They sit under /internal, which only the internal network
 * reaches.
 */
public class OpsEndpoints {

    private final BillingConfig config;
    private final GatewayClient gateway;

    public OpsEndpoints(BillingConfig config, GatewayClient gateway) {
        this.config = config;
        this.gateway = gateway;
    }

    public Router addTo(Router router) {
        return router
                .get("/internal/config", request -> {
                    Map<String, String> properties = new LinkedHashMap<>();
                    for (String name : config.names()) {
                        // Never print credentials: on-call only needs to know they are set.
                        properties.put(name, name.contains("token") || name.contains("password") ? "******" : config.get(name));
                    }
                    return Answer.json(200, "activeProfiles", List.of("production"), "properties", properties);
                })
                .get("/internal/health", request -> {
                    if (!request.query("verbose").map(Boolean::parseBoolean).orElse(false)) {
                        return Answer.json(200, "status", "UP");
                    }
                    // The details on-call needs when refunds stop going through: where billing sends them, and how.
                    Json outbound = Json.object("status", "UP", "url", gateway.url(), "headers", gateway.defaultHeaders());
                    return Answer.json(200, "status", "UP", "components", Json.object("gateway", outbound));
                });
    }
}
