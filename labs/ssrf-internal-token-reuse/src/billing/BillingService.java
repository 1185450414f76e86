package billing;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;
import mesh.Mesh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The billing service, on the internal network only (10.0.8.21, port 8080): the finance team's back office calls it
 * to approve refunds, which it pays into the customer's store credit through the gateway's admin API, with the
 * service token the platform team issued to billing. Its /internal routes have no login: the network is the fence.
 */
public class BillingService implements LabService {

    @Override
    public Router start(ServiceContext context) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("spring.application.name", "billing");
        config.put("gateway.service-token", context.secret("billing-service-token"));
        config.put("gateway.url", context.peer("gateway").toString());
        config.put("billing.currency", "EUR");
        config.put("billing.refund.max-amount", "5000.00");
        config.put("spring.datasource.url", "jdbc:postgresql://billing-db.internal:5432/billing");
        config.put("spring.datasource.username", "billing");
        BillingConfig billingConfig = new BillingConfig(Map.copyOf(config), List.copyOf(config.keySet()));
        GatewayClient gateway = new GatewayClient(billingConfig, new Mesh(context));
        Router router = new Router()
                // The back office approves a refund; billing pays it into the customer's store credit.
                .post("/internal/refunds", request -> {
                    Json body = request.json();
                    String user = body.get("username").text().orElseThrow(() -> HttpError.badRequest("username is required"));
                    String amount = body.get("amount").number().map(Object::toString)
                            .or(() -> body.get("amount").text()).orElseThrow(() -> HttpError.badRequest("amount is required"));
                    GatewayClient.Reply reply = gateway.refund(user, amount, body.get("reason").text("refund approved by finance"));
                    return Answer.of(reply.status(), "application/json", reply.body());
                })
                // Treasury's payout run for tomorrow, for the finance dashboard.
                .get("/internal/payouts", request -> Answer.json(200, "payouts", List.of(Json.object(
                        "account", context.secret("treasury-account"), "bank", "Example Bank", "amount", "12840.00",
                        "currency", "EUR", "due", "2026-12-08"))));
        return new OpsEndpoints(billingConfig, gateway).addTo(router);
    }
}
