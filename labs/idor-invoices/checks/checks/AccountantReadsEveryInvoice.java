package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/** The firm's accountant audits every customer: they read and export an invoice someone else owns. */
public class AccountantReadsEveryInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        String alice = billing.newUser("alice");
        String note = context.randomName("audit");
        long id = billing.createInvoice(alice, "Hooli", note, "4200.00");
        String accountant = billing.logIn("accountant", context.secret("accountant-password"));

        JsonNode read = billing.readInvoice(accountant, id);
        if (read == null || !note.equals(read.path("description").asText())) {
            return CheckResult.fail("The accountant could not read Alice's invoice " + id + ": accountants audit every customer's invoices.");
        }
        Response export = billing.get(accountant, "/invoices/export?ids=" + id);
        return CheckResult.passIf(export.status() == 200 && export.body().contains(note),
                "The accountant reads and exports any customer's invoice.",
                "The accountant could not export Alice's invoice " + id + " (status " + export.status() + ").");
    }
}
