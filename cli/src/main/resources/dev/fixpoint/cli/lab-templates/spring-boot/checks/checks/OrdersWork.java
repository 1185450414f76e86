package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;

/** Customers list and read their orders; Alice cancels hers, which is then gone. */
public class OrdersWork implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Client shop = Client.of(context, "shop");
        Client alice = shop.as(ForeignOrder.basic("alice", "alice-pass"));
        Client bob = shop.as(ForeignOrder.basic("bob", "bob-pass"));
        if (!alice.get("/orders").send().contains("A book about Spring")) {
            return CheckResult.fail("GET /orders as Alice does not list her order.");
        }
        if (!new Canary(context.secret("bob-order")).foundIn(bob.get("/orders/{}", 2).send())) {
            return CheckResult.fail("GET /orders/2 as Bob does not answer his order.");
        }
        if (alice.get("/orders/{}", 1).send().status() != 200) {
            return CheckResult.fail("GET /orders/1 as Alice does not answer her order.");
        }
        int cancelled = alice.delete("/orders/{}", 1).send().status();
        if (cancelled != 204) {
            return CheckResult.fail("DELETE /orders/1 as Alice answered " + cancelled + ", not 204.");
        }
        int after = alice.get("/orders/{}", 1).send().status();
        return CheckResult.passIf(after == 404, "Alice and Bob read their orders, and Alice cancelled hers.",
                "After Alice cancelled order 1, GET /orders/1 answered " + after + ", not 404.");
    }
}
