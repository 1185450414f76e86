package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

import java.math.BigDecimal;

/** Alice corrects her invoice with PUT, then marks it paid with PATCH; both changes stick. */
public class OwnerUpdatesInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        String alice = billing.newUser("alice");
        long id = billing.createInvoice(alice, "Hooli", context.randomName("draft"), "100.00");
        String corrected = context.randomName("corrected");

        Response put = billing.send(alice, "PUT", "/invoices/" + id,
                Billing.body("customer", "Hooli XYZ", "description", corrected, "amount", "120.00"));
        if (put.status() != 200) {
            return CheckResult.fail("PUT /invoices/" + id + " by its owner answered " + put.status() + ".");
        }
        Response patch = billing.send(alice, "PATCH", "/invoices/" + id, Billing.body("status", "paid"));
        if (patch.status() != 200) {
            return CheckResult.fail("PATCH /invoices/" + id + " {\"status\": \"paid\"} by its owner answered " + patch.status() + ".");
        }
        JsonNode invoice = billing.readInvoice(alice, id);
        return CheckResult.passIf(invoice != null && corrected.equals(invoice.path("description").asText())
                        && "Hooli XYZ".equals(invoice.path("customer").asText())
                        && invoice.path("amount").decimalValue().compareTo(new BigDecimal("120.00")) == 0
                        && "paid".equals(invoice.path("status").asText()),
                "Alice updates her own invoice with PUT and PATCH.",
                "After PUT and PATCH by its owner, the invoice does not show the changes.");
    }
}
