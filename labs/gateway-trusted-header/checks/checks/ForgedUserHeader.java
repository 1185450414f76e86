package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/**
 * From inside the network, a request straight to the orders service that claims to be Alice with a header
 * (param {@code header}), asking for {@code target} ({@code {id}} stands for Alice's order id). With
 * {@code method: POST} it places an order in Alice's name instead, which Alice then finds in her list.
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
        if ("POST".equals(context.params().get("method"))) {
            // A write is as much acting for Alice as a read: the forged order must not land in her list.
            String planted = context.randomName("planted-from-inside");
            api.orders(Request.postJson(target, Api.orderJson("Gift card", planted)).header(header, alice.userId()));
            Response list = api.gateway(alice, Request.get("/api/orders"));
            if (list.status() != 200) {
                return CheckResult.pass("Alice cannot list her own orders, so the attack cannot be judged; the functional checks report why.");
            }
            return CheckResult.passIf(!list.body().contains(planted),
                    "The orders service did not place an order for \"" + header + ": " + alice.userId() + "\" sent from inside.",
                    "POST " + target + " sent straight to the orders service with \"" + header + ": " + alice.userId()
                            + "\" placed an order in Alice's name: every request the service acts on needs the proof, writes too.");
        }
        Response response = api.orders(Request.get(target).header(header, alice.userId()));
        return CheckResult.passIf(!response.body().contains(note),
                "The orders service did not take \"" + header + ": " + alice.userId() + "\" as proof of identity (status " + response.status() + ").",
                "GET " + target + " sent straight to the orders service with \"" + header + ": " + alice.userId()
                        + "\" returned Alice's order: anyone who can reach the service can claim to be anyone.");
    }
}
