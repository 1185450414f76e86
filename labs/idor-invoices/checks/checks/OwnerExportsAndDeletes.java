package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/** Alice exports two of her invoices as CSV, deletes one, and can no longer read it; the other stays. */
public class OwnerExportsAndDeletes implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        User alice = billing.signUp("alice");
        String first = context.randomName("may");
        String second = context.randomName("june");
        long firstId = billing.createInvoice(alice, "Hooli", first, "300.00");
        long secondId = billing.createInvoice(alice, "Hooli", second, "310.00");
        Client asAlice = billing.as(alice);

        Reply export = asAlice.get("/invoices/export").query("ids", firstId + "," + secondId).send();
        if (export.status() != 200 || !export.body().contains(first) || !export.body().contains(second)) {
            return CheckResult.fail("GET /invoices/export?ids=" + firstId + "," + secondId
                    + " should give Alice both of her invoices as CSV (status " + export.status() + ").");
        }
        Reply delete = asAlice.delete("/invoices/{}", firstId).send();
        if (delete.status() != 204) {
            return CheckResult.fail("DELETE /invoices/" + firstId + " by its owner answered " + delete.status() + ".");
        }
        Reply gone = asAlice.get("/invoices/{}", firstId).send();
        if (gone.status() != 404) {
            return CheckResult.fail("After deleting invoice " + firstId + ", reading it should answer 404, not " + gone.status() + ".");
        }
        return CheckResult.passIf(!billing.readInvoice(alice, secondId).isMissing(),
                "Alice exports her invoices and deletes one of them.",
                "Deleting one invoice made Alice's other invoice unreadable.");
    }
}
