package billing;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Router;


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
        // Configuration and details dumps are how secrets leak: billing answers only whether it is up.
        return router.get("/internal/health", request -> Answer.json(200, "status", "UP"));
    }
}
