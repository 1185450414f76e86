package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.HashSet;
import java.util.Set;

/** Alice lists exactly her own invoices and reads each of them; Bob's invoice is not in her list. */
public class OwnerListsAndReadsInvoices implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        User alice = billing.signUp("alice");
        User bob = billing.signUp("bob");
        String first = context.randomName("march");
        String second = context.randomName("april");
        long firstId = billing.createInvoice(alice, "Hooli", first, "900.00");
        long bobId = billing.createInvoice(bob, "Pied Piper", context.randomName("bob"), "15.00");
        long secondId = billing.createInvoice(alice, "Hooli", second, "950.50");

        Reply list = billing.as(alice).get("/invoices").send();
        if (list.status() != 200) {
            return CheckResult.fail("GET /invoices answered " + list.status() + " to the invoices' owner.");
        }
        Set<Long> listed = new HashSet<>();
        for (Json invoice : list.json().items()) {
            listed.add(invoice.get("id").integer().orElse(-1L));
        }
        if (!listed.equals(Set.of(firstId, secondId))) {
            return CheckResult.fail("GET /invoices should list exactly Alice's invoices " + firstId + " and " + secondId + ", not " + listed
                    + (listed.contains(bobId) ? " (Bob's invoice is in it)" : "") + ".");
        }
        return CheckResult.passIf(first.equals(billing.readInvoice(alice, firstId).get("description").text(""))
                        && second.equals(billing.readInvoice(alice, secondId).get("description").text("")),
                "Alice lists and reads her own invoices.",
                "Alice could not read her own invoice with GET /invoices/{id}.");
    }
}
