package billing;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Billing's operations endpoints, in the spirit of Spring Boot Actuator: the configuration the service runs with and
 * its health, for the on-call engineers' dashboards. They sit under /internal, which only the internal network
 * reaches.
 */
public class OpsEndpoints {

    /** Spring Boot's sanitizer masks the values of keys like these; on-call needs to know they are set, never what they are. */
    private static final List<String> SECRET_KEY_PARTS = List.of("token", "password", "secret", "key", "credential", "authorization");
    private static final String MASK = "******";

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
                        properties.put(name, sanitize(name, config.get(name)));
                    }
                    return Answer.json(200, "activeProfiles", List.of("production"), "properties", properties);
                })
                .get("/internal/health", request -> {
                    if (!request.query("verbose").map(Boolean::parseBoolean).orElse(false)) {
                        return Answer.json(200, "status", "UP");
                    }
                    Map<String, String> headers = new LinkedHashMap<>();
                    gateway.defaultHeaders().forEach((name, value) -> headers.put(name, sanitize(name, value)));
                    Json outbound = Json.object("status", "UP", "url", gateway.url(), "headers", headers);
                    return Answer.json(200, "status", "UP", "components", Json.object("gateway", outbound));
                });
    }

    private static String sanitize(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        return SECRET_KEY_PARTS.stream().anyMatch(key::contains) ? MASK : value;
    }
}
