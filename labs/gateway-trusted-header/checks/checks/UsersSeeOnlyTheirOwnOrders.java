package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/** Alice and Bob both order through the gateway; each sees their own order and not the other's. */
public class UsersSeeOnlyTheirOwnOrders implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        Api.Account alice = api.newUser("alice");
        Api.Account bob = api.newUser("bob");
        String aliceNote = context.randomName("alice-note");
        String bobNote = context.randomName("bob-note");
        long aliceOrder = api.createOrder(alice, "Road bike", aliceNote);
        api.createOrder(bob, "Tent", bobNote);

        Response aliceList = api.gateway(alice, Request.get("/api/orders"));
        Response bobList = api.gateway(bob, Request.get("/api/orders"));
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
        Response bobReadsAlice = api.gateway(bob, Request.get("/api/orders/" + aliceOrder));
        return CheckResult.passIf(bobReadsAlice.status() == 404 && !bobReadsAlice.body().contains(aliceNote),
                "Alice and Bob each see only their own orders.",
                "Bob asking for Alice's order " + aliceOrder + " should get 404, not " + bobReadsAlice.status() + ".");
    }
}
