package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * From inside the network, a request straight to the orders service that claims to be Alice with a header
 * (param {@code header}), asking for {@code target} ({@code {id}} stands for Alice's order id). With
 * {@code method: POST} it places an order in Alice's name instead, which Alice then finds in her list.
 */
public class ForgedUserHeader implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        Canary note = Canary.of(context, "alice-private-note");
        User alice = api.signUp("alice");
        long order = api.createOrder(alice, "Noise-cancelling headphones", note.value());
        String target = context.param("target").replace("{id}", Long.toString(order));
        String header = context.param("header");

        if ("POST".equals(context.params().get("method"))) {
            // A write is as much acting for Alice as a read: the forged order must not land in her list.
            Canary planted = Canary.of(context, "planted-from-inside");
            Api.order(api.orders.post(target), "Gift card", planted.value()).header(header, alice.name()).send();
            Reply list = api.gateway(alice).get("/api/orders").expect("Alice listing her own orders to judge the attack", 200);
            return CheckResult.passIf(!planted.foundIn(list),
                    "The orders service did not place an order for \"" + header + ": " + alice.name() + "\" sent from inside.",
                    "POST " + target + " sent straight to the orders service with \"" + header + ": " + alice.name()
                            + "\" placed an order in Alice's name: every request the service acts on needs the proof, writes too.");
        }
        Reply reply = api.orders.get(target).header(header, alice.name()).send();
        return CheckResult.passIf(!note.foundIn(reply),
                "The orders service did not take \"" + header + ": " + alice.name() + "\" as proof of identity (status " + reply.status() + ").",
                "GET " + target + " sent straight to the orders service with \"" + header + ": " + alice.name()
                        + "\" returned Alice's order: anyone who can reach the service can claim to be anyone.");
    }
}
