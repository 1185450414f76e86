package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/**
 * Bob exports invoices as CSV, listing Alice's invoice id in the batch (param {@code ids}: a pattern where
 * {@code OWN} and {@code FOREIGN} stand for Bob's and Alice's invoice ids).
 */
public class ExportForeignInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        String note = context.randomName("alice-private-note");
        long aliceInvoice;
        long bobInvoice;
        String bob;
        try {
            String alice = billing.newUser("alice");
            aliceInvoice = billing.createInvoice(alice, "Alice's client", note, "1250.00");
            bob = billing.newUser("bob");
            bobInvoice = billing.createInvoice(bob, "Bob's client", context.randomName("bob-note"), "80.00");
        } catch (Billing.SetupFailed e) {
            return CheckResult.pass("The attack could not be set up (" + e.getMessage() + "); the functional checks report why.");
        }
        String ids = context.param("ids").replace("OWN", Long.toString(bobInvoice)).replace("FOREIGN", Long.toString(aliceInvoice));
        Response response = billing.get(bob, "/invoices/export?ids=" + ids);
        return CheckResult.passIf(!response.body().contains(note),
                "The export did not include Alice's invoice (status " + response.status() + ").",
                "GET /invoices/export?ids=" + ids + " with Bob's token included Alice's invoice " + aliceInvoice
                        + ": the batch export needs the same ownership rule as the single read, for every id in the batch.");
    }
}
