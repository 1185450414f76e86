package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/** Bob, logged in as himself, asks for Alice's invoice by its id. */
public class ReadForeignInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        String note = context.randomName("alice-private-note");
        long aliceInvoice;
        String bob;
        try {
            String alice = billing.newUser("alice");
            aliceInvoice = billing.createInvoice(alice, "Alice's client", note, "1250.00");
            bob = billing.newUser("bob");
        } catch (Billing.SetupFailed e) {
            return CheckResult.pass("The attack could not be set up (" + e.getMessage() + "); the functional checks report why.");
        }
        Response response = billing.get(bob, "/invoices/" + aliceInvoice);
        return CheckResult.passIf(!response.body().contains(note),
                "Bob could not read Alice's invoice (status " + response.status() + ").",
                "Bob read Alice's invoice " + aliceInvoice + " with his own token: being logged in is not the same as owning the invoice.");
    }
}
