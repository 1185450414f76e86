package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/**
 * From the internet, Mallory logs in to the gateway as herself and adds "X-User-Id: alice" to her request
 * (param {@code method}: GET reads Alice's orders, POST places an order in Alice's name).
 */
public class ForgedHeaderThroughGateway implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        String note = context.randomName("alice-private-note");
        Api.Account alice;
        Api.Account mallory;
        try {
            alice = api.newUser("alice");
            api.createOrder(alice, "Noise-cancelling headphones", note);
            mallory = api.newUser("mallory");
        } catch (Api.SetupFailed e) {
            return CheckResult.pass("The attack could not be set up (" + e.getMessage() + "); the functional checks report why.");
        }
        String header = context.param("header");
        if (context.param("method").equals("GET")) {
            Response response = api.gateway(mallory, Request.get("/api/orders").header(header, alice.userId()));
            return CheckResult.passIf(!response.body().contains(note),
                    "The gateway did not let Mallory's own \"" + header + "\" header through (status " + response.status() + ").",
                    "Mallory, logged in as herself, sent \"" + header + ": " + alice.userId() + "\" through the gateway and got Alice's orders:"
                            + " the gateway passed her header on, and the orders service believed it.");
        }
        String planted = context.randomName("planted-by-mallory");
        api.gateway(mallory, Request.postJson("/api/orders", Api.orderJson("Gift card", planted)).header(header, alice.userId()));
        Response aliceOrders = api.gateway(alice, Request.get("/api/orders"));
        if (aliceOrders.status() != 200) {
            return CheckResult.pass("Alice cannot list her own orders, so the attack cannot be judged; the functional checks report why.");
        }
        JsonNode orders = Api.json(aliceOrders);
        return CheckResult.passIf(!orders.toString().contains(planted),
                "Mallory's forged header did not place an order in Alice's name.",
                "Mallory sent \"" + header + ": " + alice.userId() + "\" with her order through the gateway and the order was placed in Alice's name.");
    }
}
