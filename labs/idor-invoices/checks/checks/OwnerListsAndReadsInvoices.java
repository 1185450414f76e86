package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

import java.util.HashSet;
import java.util.Set;

/** Alice lists exactly her own invoices and reads each of them; Bob's invoice is not in her list. */
public class OwnerListsAndReadsInvoices implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        String alice = billing.newUser("alice");
        String bob = billing.newUser("bob");
        String first = context.randomName("march");
        String second = context.randomName("april");
        long firstId = billing.createInvoice(alice, "Hooli", first, "900.00");
        long bobId = billing.createInvoice(bob, "Pied Piper", context.randomName("bob"), "15.00");
        long secondId = billing.createInvoice(alice, "Hooli", second, "950.50");

        Response list = billing.get(alice, "/invoices");
        if (list.status() != 200) {
            return CheckResult.fail("GET /invoices answered " + list.status() + " to the invoices' owner.");
        }
        Set<Long> listed = new HashSet<>();
        for (JsonNode invoice : Billing.json(list)) {
            listed.add(invoice.path("id").asLong());
        }
        if (!listed.equals(Set.of(firstId, secondId))) {
            return CheckResult.fail("GET /invoices should list exactly Alice's invoices " + firstId + " and " + secondId + ", not " + listed
                    + (listed.contains(bobId) ? " (Bob's invoice is in it)" : "") + ".");
        }
        JsonNode read = billing.readInvoice(alice, firstId);
        JsonNode readSecond = billing.readInvoice(alice, secondId);
        return CheckResult.passIf(read != null && first.equals(read.path("description").asText())
                        && readSecond != null && second.equals(readSecond.path("description").asText()),
                "Alice lists and reads her own invoices.",
                "Alice could not read her own invoice with GET /invoices/{id}.");
    }
}
