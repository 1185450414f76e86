package billing;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Billing's operations endpoints, in the spirit of Spring Boot Actuator: the configuration the service runs with and
 * its health, for the on-call engineers' dashboards. They sit under /internal, which only the internal network
 * reaches.
 */
public class OpsEndpoints {

    /**
     * The properties whose values may be shown: an allow-list, so that a secret added to the configuration later is
     * hidden by default rather than shown until someone thinks of its name.
     */
    private static final Set<String> SHOWN = Set.of("spring.application.name", "gateway.url", "billing.currency",
            "billing.refund.max-amount", "spring.datasource.url", "spring.datasource.username");
    private static final String HIDDEN = "******";

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
                        properties.put(name, SHOWN.contains(name) ? config.get(name) : HIDDEN);
                    }
                    return Answer.json(200, "activeProfiles", List.of("production"), "properties", properties);
                })
                .get("/internal/health", request -> {
                    if (!request.query("verbose").map(Boolean::parseBoolean).orElse(false)) {
                        return Answer.json(200, "status", "UP");
                    }
                    // Which headers are sent, not their values.
                    Json outbound = Json.object("status", "UP", "url", gateway.url(),
                            "headers", List.copyOf(gateway.defaultHeaders().keySet()));
                    return Answer.json(200, "status", "UP", "components", Json.object("gateway", outbound));
                });
    }
}
