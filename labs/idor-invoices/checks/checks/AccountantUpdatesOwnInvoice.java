package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/** The accountant changes only their own invoices, but those they do change: PATCH and DELETE on one of their own. */
public class AccountantUpdatesOwnInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        User accountant = billing.accountant();
        long id = billing.createInvoice(accountant, "Globex", context.randomName("audit-fee"), "750.00");
        long second = billing.createInvoice(accountant, "Globex", context.randomName("audit-fee"), "80.00");

        Reply patch = billing.as(accountant).patch("/invoices/{}", id).json("status", "sent").send();
        if (patch.status() != 200 || !"sent".equals(billing.readInvoice(accountant, id).get("status").text(""))) {
            return CheckResult.fail("PATCH /invoices/" + id + " {\"status\": \"sent\"} by the accountant, on their own invoice, answered "
                    + patch.status() + ": accountants change their own invoices.");
        }
        Reply delete = billing.as(accountant).delete("/invoices/{}", second).send();
        return CheckResult.passIf(delete.status() == 204,
                "The accountant changes and deletes their own invoices.",
                "DELETE /invoices/" + second + " by the accountant, on their own invoice, answered " + delete.status() + ".");
    }
}
