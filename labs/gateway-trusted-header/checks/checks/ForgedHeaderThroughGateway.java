package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * From the internet, Mallory logs in to the gateway as herself and adds "X-User-Id: alice" to her request
 * (param {@code method}: GET reads Alice's orders, POST places an order in Alice's name).
 */
public class ForgedHeaderThroughGateway implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        Canary note = Canary.of(context, "alice-private-note");
        User alice = api.signUp("alice");
        api.createOrder(alice, "Noise-cancelling headphones", note.value());
        User mallory = api.signUp("mallory");
        String header = context.param("header");

        if (context.param("method").equals("GET")) {
            Reply reply = api.gateway(mallory).get("/api/orders").header(header, alice.name()).send();
            return CheckResult.passIf(!note.foundIn(reply),
                    "The gateway did not let Mallory's own \"" + header + "\" header through (status " + reply.status() + ").",
                    "Mallory, logged in as herself, sent \"" + header + ": " + alice.name() + "\" through the gateway and got Alice's orders:"
                            + " the gateway passed her header on, and the orders service believed it.");
        }
        Canary planted = Canary.of(context, "planted-by-mallory");
        Api.order(api.gateway(mallory).post("/api/orders"), "Gift card", planted.value()).header(header, alice.name()).send();
        Reply aliceOrders = api.gateway(alice).get("/api/orders").expect("Alice listing her own orders to judge the attack", 200);
        return CheckResult.passIf(!planted.foundIn(aliceOrders),
                "Mallory's forged header did not place an order in Alice's name.",
                "Mallory sent \"" + header + ": " + alice.name() + "\" with her order through the gateway and the order was placed in Alice's name.");
    }
}
