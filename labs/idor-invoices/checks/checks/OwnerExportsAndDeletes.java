package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/** Alice exports two of her invoices as CSV, deletes one, and can no longer read it; the other stays. */
public class OwnerExportsAndDeletes implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        String alice = billing.newUser("alice");
        String first = context.randomName("may");
        String second = context.randomName("june");
        long firstId = billing.createInvoice(alice, "Hooli", first, "300.00");
        long secondId = billing.createInvoice(alice, "Hooli", second, "310.00");

        Response export = billing.get(alice, "/invoices/export?ids=" + firstId + "," + secondId);
        if (export.status() != 200 || !export.body().contains(first) || !export.body().contains(second)) {
            return CheckResult.fail("GET /invoices/export?ids=" + firstId + "," + secondId
                    + " should give Alice both of her invoices as CSV (status " + export.status() + ").");
        }
        Response delete = billing.send(alice, "DELETE", "/invoices/" + firstId, null);
        if (delete.status() != 204) {
            return CheckResult.fail("DELETE /invoices/" + firstId + " by its owner answered " + delete.status() + ".");
        }
        Response gone = billing.get(alice, "/invoices/" + firstId);
        if (gone.status() != 404) {
            return CheckResult.fail("After deleting invoice " + firstId + ", reading it should answer 404, not " + gone.status() + ".");
        }
        return CheckResult.passIf(billing.readInvoice(alice, secondId) != null,
                "Alice exports her invoices and deletes one of them.",
                "Deleting one invoice made Alice's other invoice unreadable.");
    }
}
