package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

/** From inside the network, claims to be the CEO (a user who exists from the start) to the orders service. */
public class ForgedSeededUser implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Canary secret = new Canary(context.secret("ceo-order-note"));
        Reply reply = Client.of(context, "orders").get("/orders").header(context.param("header"), "ceo").send();
        return CheckResult.passIf(!secret.foundIn(reply),
                "The orders service did not list the CEO's orders to a forged header (status " + reply.status() + ").",
                "A request straight to the orders service with a forged user header listed the CEO's orders.");
    }
}
