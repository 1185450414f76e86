package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/** Bob, logged in as himself, asks for Alice's invoice by its id. */
public class ReadForeignInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        Canary note = Canary.of(context, "alice-private-note");
        User alice = billing.signUp("alice");
        long aliceInvoice = billing.createInvoice(alice, "Alice's client", note.value(), "1250.00");
        User bob = billing.signUp("bob");

        Reply reply = billing.as(bob).get("/invoices/{}", aliceInvoice).send();
        return CheckResult.passIf(!note.foundIn(reply),
                "Bob could not read Alice's invoice (status " + reply.status() + ").",
                "Bob read Alice's invoice " + aliceInvoice + " with his own token: being logged in is not the same as owning the invoice.");
    }
}
