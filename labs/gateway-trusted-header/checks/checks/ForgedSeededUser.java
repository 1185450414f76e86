package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/** From inside the network, claims to be the CEO (a user who exists from the start) to the orders service. */
public class ForgedSeededUser implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String secret = context.secret("ceo-order-note");
        Response response = context.send("orders", Request.get("/orders").header(context.param("header"), "ceo"));
        return CheckResult.passIf(!response.body().contains(secret),
                "The orders service did not list the CEO's orders to a forged header (status " + response.status() + ").",
                "A request straight to the orders service with a forged user header listed the CEO's orders.");
    }
}
