package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/** The firm's accountant audits every customer: they read and export an invoice someone else owns. */
public class AccountantReadsEveryInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        User alice = billing.signUp("alice");
        String note = context.randomName("audit");
        long id = billing.createInvoice(alice, "Hooli", note, "4200.00");
        User accountant = billing.accountant();

        if (!note.equals(billing.readInvoice(accountant, id).get("description").text(""))) {
            return CheckResult.fail("The accountant could not read Alice's invoice " + id + ": accountants audit every customer's invoices.");
        }
        Reply export = billing.as(accountant).get("/invoices/export").query("ids", id).send();
        return CheckResult.passIf(export.status() == 200 && export.body().contains(note),
                "The accountant reads and exports any customer's invoice.",
                "The accountant could not export Alice's invoice " + id + " (status " + export.status() + ").");
    }
}
