package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.User;

/**
 * A compromised workload inside the cluster publishes an event of its own to the queue: Alice's payout account changed
 * to the attacker's, with every claim of Alice's identity a consumer might read (userId, a user header).
 */
public class ForgedQueueMessage implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Portal portal = new Portal(context);
        Portal.Victim prepared = portal.victim("alice");
        User alice = prepared.user();
        String aliceIban = prepared.iban();
        String aliceEmail = prepared.email();

        Json message = Json.object(
                "headers", Json.object("content-type", "application/json", "producer", "portal", "X-User", alice.name()),
                "payload", Json.object("type", "payout-account.changed", "userId", alice.name(), "iban", portal.iban()));
        Client.of(context, "queue").post("/topics/account-events/messages").json(message).send();

        String tampered = Portal.tampered(portal.books(alice), aliceIban, aliceEmail, 0);
        return tampered == null
                ? CheckResult.pass("The payouts service refused an event that the portal never published.")
                : CheckResult.fail("An event published straight to the queue from inside the cluster changed Alice's books: "
                        + tampered + ". Every workload can publish to the queue; the consumer cannot tell the portal's events from anyone else's.");
    }
}
