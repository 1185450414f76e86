package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.math.BigDecimal;

/** Alice corrects her invoice with PUT, then marks it paid with PATCH; both changes stick. */
public class OwnerUpdatesInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        User alice = billing.signUp("alice");
        long id = billing.createInvoice(alice, "Hooli", context.randomName("draft"), "100.00");
        String corrected = context.randomName("corrected");
        Client asAlice = billing.as(alice);

        Reply put = asAlice.put("/invoices/{}", id).json("customer", "Hooli XYZ", "description", corrected, "amount", "120.00").send();
        if (put.status() != 200) {
            return CheckResult.fail("PUT /invoices/" + id + " by its owner answered " + put.status() + ".");
        }
        Reply patch = asAlice.patch("/invoices/{}", id).json("status", "paid").send();
        if (patch.status() != 200) {
            return CheckResult.fail("PATCH /invoices/" + id + " {\"status\": \"paid\"} by its owner answered " + patch.status() + ".");
        }
        Json invoice = billing.readInvoice(alice, id);
        return CheckResult.passIf(corrected.equals(invoice.get("description").text(""))
                        && "Hooli XYZ".equals(invoice.get("customer").text(""))
                        && invoice.get("amount").number().filter(amount -> amount.compareTo(new BigDecimal("120.00")) == 0).isPresent()
                        && "paid".equals(invoice.get("status").text("")),
                "Alice updates her own invoice with PUT and PATCH.",
                "After PUT and PATCH by its owner, the invoice does not show the changes.");
    }
}
