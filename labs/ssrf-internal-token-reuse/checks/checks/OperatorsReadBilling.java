package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

/**
 * On-call, inside the network, reads billing's configuration and its health, in short and in detail: the properties
 * that are not secret are still there, and the detailed health still says where billing sends refunds.
 */
public class OperatorsReadBilling implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Client billing = Client.of(context, "billing");
        Reply config = billing.get("/internal/config").send();
        Json properties = config.json().get("properties");
        if (config.status() != 200 || !properties.get("billing.currency").text("").equals("EUR")
                || properties.get("gateway.url").text().isEmpty()) {
            return CheckResult.fail("Billing's configuration should still list the properties that are not secret: got status "
                    + config.status() + ", " + config.body());
        }
        Reply health = billing.get("/internal/health").send();
        Reply verbose = billing.get("/internal/health?verbose=true").send();
        if (health.status() != 200 || !health.json().get("status").text("").equals("UP")) {
            return CheckResult.fail("Billing's health should be UP: got status " + health.status() + ", " + health.body());
        }
        Json gateway = verbose.json().get("components").get("gateway");
        return CheckResult.passIf(verbose.status() == 200 && gateway.get("url").text().isPresent(),
                "On-call still reads billing's configuration and health.",
                "Billing's detailed health should still say where refunds go (components.gateway.url): got status "
                        + verbose.status() + ", " + verbose.body());
    }
}
