package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/**
 * From inside the network, a request straight to the orders service that claims to be Alice with a header
 * (param {@code header}), asking for {@code target} ({@code {id}} stands for Alice's order id).
 */
public class ForgedUserHeader implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        String note = context.randomName("alice-private-note");
        Api.Account alice;
        long order;
        try {
            alice = api.newUser("alice");
            order = api.createOrder(alice, "Noise-cancelling headphones", note);
        } catch (Api.SetupFailed e) {
            return CheckResult.pass("The attack could not be set up (" + e.getMessage() + "); the functional checks report why.");
        }
        String target = context.param("target").replace("{id}", Long.toString(order));
        String header = context.param("header");
        Response response = api.orders(Request.get(target).header(header, alice.userId()));
        return CheckResult.passIf(!response.body().contains(note),
                "The orders service did not take \"" + header + ": " + alice.userId() + "\" as proof of identity (status " + response.status() + ").",
                "GET " + target + " sent straight to the orders service with \"" + header + ": " + alice.userId()
                        + "\" returned Alice's order: anyone who can reach the service can claim to be anyone.");
    }
}
