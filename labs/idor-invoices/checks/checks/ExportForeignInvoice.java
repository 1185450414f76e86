package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * Bob exports invoices as CSV, listing Alice's invoice id in the batch (param {@code ids}: a pattern where
 * {@code OWN} and {@code FOREIGN} stand for Bob's and Alice's invoice ids).
 */
public class ExportForeignInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        Canary note = Canary.of(context, "alice-private-note");
        User alice = billing.signUp("alice");
        long aliceInvoice = billing.createInvoice(alice, "Alice's client", note.value(), "1250.00");
        User bob = billing.signUp("bob");
        long bobInvoice = billing.createInvoice(bob, "Bob's client", context.randomName("bob-note"), "80.00");

        String ids = context.param("ids").replace("OWN", Long.toString(bobInvoice)).replace("FOREIGN", Long.toString(aliceInvoice));
        Reply reply = billing.as(bob).get("/invoices/export").query("ids", ids).send();
        return CheckResult.passIf(!note.foundIn(reply),
                "The export did not include Alice's invoice (status " + reply.status() + ").",
                "GET /invoices/export?ids=" + ids + " with Bob's token included Alice's invoice " + aliceInvoice
                        + ": the batch export needs the same ownership rule as the single read, for every id in the batch.");
    }
}
