package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/** Alice and Bob both order through the gateway; each sees their own order and not the other's. */
public class UsersSeeOnlyTheirOwnOrders implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        User alice = api.signUp("alice");
        User bob = api.signUp("bob");
        String aliceNote = context.randomName("alice-note");
        String bobNote = context.randomName("bob-note");
        long aliceOrder = api.createOrder(alice, "Road bike", aliceNote);
        api.createOrder(bob, "Tent", bobNote);

        Reply aliceList = api.gateway(alice).get("/api/orders").send();
        Reply bobList = api.gateway(bob).get("/api/orders").send();
        if (aliceList.status() != 200 || bobList.status() != 200) {
            return CheckResult.fail("GET /api/orders through the gateway answered " + aliceList.status() + " to Alice and "
                    + bobList.status() + " to Bob.");
        }
        if (!aliceList.body().contains(aliceNote) || aliceList.body().contains(bobNote)) {
            return CheckResult.fail("Alice's order list should hold her order and not Bob's.");
        }
        if (!bobList.body().contains(bobNote) || bobList.body().contains(aliceNote)) {
            return CheckResult.fail("Bob's order list should hold his order and not Alice's.");
        }
        Reply bobReadsAlice = api.gateway(bob).get("/api/orders/{}", aliceOrder).send();
        return CheckResult.passIf(bobReadsAlice.status() == 404 && !bobReadsAlice.body().contains(aliceNote),
                "Alice and Bob each see only their own orders.",
                "Bob asking for Alice's order " + aliceOrder + " should get 404, not " + bobReadsAlice.status() + ".");
    }
}
