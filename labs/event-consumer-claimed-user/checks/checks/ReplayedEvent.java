package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.List;

/**
 * Alice requests one payout; a workload inside the cluster reads her event from the queue's log and publishes it again,
 * headers and payload exactly as they were. Passes when Alice was paid once.
 */
public class ReplayedEvent implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Portal portal = new Portal(context);
        Portal.Victim prepared = portal.victim("alice");
        User alice = prepared.user();
        String aliceIban = prepared.iban();
        String aliceEmail = prepared.email();
        portal.requestPayout(alice, 2_000).expect("Alice requesting a payout of 20.00", 202);

        Client queue = Client.of(context, "queue");
        List<Json> log = queue.get("/topics/account-events/messages").expect("reading the queue's log", 200).json().items();
        Json captured = null;
        for (Json message : log) {
            if (message.toString().contains(alice.name()) && message.toString().contains("payout.requested")) {
                captured = message;
            }
        }
        if (captured == null) {
            throw new SetupFailedException("reading the queue's log: no payout.requested message about Alice");
        }
        Reply replay = queue.post("/topics/account-events/messages")
                .json("headers", captured.get("headers"), "payload", captured.get("payload")).send();

        String tampered = Portal.tampered(portal.books(alice), aliceIban, aliceEmail, 1);
        return tampered == null
                ? CheckResult.pass("The replayed event was not applied again (the queue answered " + replay.status() + ").")
                : CheckResult.fail("Alice's payout event, published again exactly as captured from the queue, was applied again: "
                        + tampered + ". Nothing in the event tells a replay from the original.");
    }
}
