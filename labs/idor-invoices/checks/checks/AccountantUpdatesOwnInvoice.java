package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/** The accountant changes only their own invoices, but those they do change: PATCH and DELETE on one of their own. */
public class AccountantUpdatesOwnInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        String accountant = billing.logIn("accountant", context.secret("accountant-password"));
        long id = billing.createInvoice(accountant, "Globex", context.randomName("audit-fee"), "750.00");
        long second = billing.createInvoice(accountant, "Globex", context.randomName("audit-fee"), "80.00");

        Response patch = billing.send(accountant, "PATCH", "/invoices/" + id, Billing.body("status", "sent"));
        JsonNode invoice = billing.readInvoice(accountant, id);
        if (patch.status() != 200 || invoice == null || !"sent".equals(invoice.path("status").asText())) {
            return CheckResult.fail("PATCH /invoices/" + id + " {\"status\": \"sent\"} by the accountant, on their own invoice, answered "
                    + patch.status() + ": accountants change their own invoices.");
        }
        Response delete = billing.send(accountant, "DELETE", "/invoices/" + second, null);
        return CheckResult.passIf(delete.status() == 204,
                "The accountant changes and deletes their own invoices.",
                "DELETE /invoices/" + second + " by the accountant, on their own invoice, answered " + delete.status() + ".");
    }
}
