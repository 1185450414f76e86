package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.List;

/**
 * Bob sends every method that takes an id to Alice's invoice and to an id that does not exist: the answers must be
 * the same, status and body, or the difference tells him which ids are other customers' invoices (the briefing asks
 * for an invoice the caller may not access to be answered as if it did not exist).
 */
public class ForeignInvoiceLooksMissing implements Check {

    private static final List<String> METHODS = List.of("GET", "PUT", "PATCH", "DELETE");

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        User alice = billing.signUp("alice");
        long aliceInvoice = billing.createInvoice(alice, "Alice's client", context.randomName("alice-note"), "640.00");
        User bob = billing.signUp("bob");
        // Far above every id this run creates, and different in every run.
        long missing = aliceInvoice + 1_000_000 + context.random().nextInt(1_000_000);

        Client asBob = billing.as(bob);
        for (String method : METHODS) {
            boolean withBody = method.equals("PUT") || method.equals("PATCH");
            String description = context.randomName("probe");
            Reply foreign = send(asBob.call(method, "/invoices/{}", aliceInvoice), withBody, description);
            Reply absent = send(asBob.call(method, "/invoices/{}", missing), withBody, description);
            if (foreign.status() != absent.status() || !foreign.body().equals(absent.body())) {
                return CheckResult.fail(method + " /invoices/" + aliceInvoice + " (Alice's) with Bob's token answered " + foreign.status()
                        + ", but " + absent.status() + " for an invoice that does not exist: the difference tells Bob the invoice is"
                        + " someone else's. Answer exactly as for a missing id.");
            }
        }
        return CheckResult.pass("Another customer's invoice looks exactly like a missing one, whatever the method.");
    }

    private static Reply send(Call call, boolean withBody, String description) {
        return (withBody ? call.json("customer", "Bob's client", "description", description, "amount", "1.00") : call).send();
    }
}
