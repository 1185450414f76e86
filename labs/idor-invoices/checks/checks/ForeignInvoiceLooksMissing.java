package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

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
        long aliceInvoice;
        String bob;
        try {
            String alice = billing.newUser("alice");
            aliceInvoice = billing.createInvoice(alice, "Alice's client", context.randomName("alice-note"), "640.00");
            bob = billing.newUser("bob");
        } catch (Billing.SetupFailed e) {
            return CheckResult.pass("The attack could not be set up (" + e.getMessage() + "); the functional checks report why.");
        }
        // Far above every id this run creates, and different in every run.
        long missing = aliceInvoice + 1_000_000 + context.random().nextInt(1_000_000);
        for (String method : METHODS) {
            String body = method.equals("PUT") || method.equals("PATCH")
                    ? Billing.body("customer", "Bob's client", "description", context.randomName("probe"), "amount", "1.00")
                    : null;
            Response foreign = billing.send(bob, method, "/invoices/" + aliceInvoice, body);
            Response absent = billing.send(bob, method, "/invoices/" + missing, body);
            if (foreign.status() != absent.status() || !foreign.body().equals(absent.body())) {
                return CheckResult.fail(method + " /invoices/" + aliceInvoice + " (Alice's) with Bob's token answered " + foreign.status()
                        + ", but " + absent.status() + " for an invoice that does not exist: the difference tells Bob the invoice is"
                        + " someone else's. Answer exactly as for a missing id.");
            }
        }
        return CheckResult.pass("Another customer's invoice looks exactly like a missing one, whatever the method.");
    }
}
