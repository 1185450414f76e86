package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/**
 * Bob changes or deletes Alice's invoice with another HTTP method (param {@code method}, with the JSON
 * {@code body} if any), then Alice reads it back: it must be as she left it. With {@code attacker: accountant}
 * the firm's accountant makes the change instead of Bob: accountants read every invoice but change only their own.
 */
public class TamperForeignInvoice implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        String method = context.param("method");
        String body = context.params().containsKey("body") ? context.payload("body") : null;
        String note = context.randomName("alice-private-note");
        String alice;
        long id;
        String bob;
        try {
            alice = billing.newUser("alice");
            id = billing.createInvoice(alice, "Alice's client", note, "1250.00");
            bob = "accountant".equals(context.params().get("attacker"))
                    ? billing.logIn("accountant", context.secret("accountant-password"))
                    : billing.newUser("bob");
        } catch (Billing.SetupFailed e) {
            return CheckResult.pass("The attack could not be set up (" + e.getMessage() + "); the functional checks report why.");
        }
        if (billing.readInvoice(alice, id) == null) {
            return CheckResult.pass("Alice cannot read her own invoice, so the attack cannot be judged; the functional checks report why.");
        }
        Response attack = billing.send(bob, method, "/invoices/" + id, body);
        if (attack.body().contains(note)) {
            return CheckResult.fail(method + " /invoices/" + id + " with Bob's token answered with Alice's invoice.");
        }
        JsonNode after = billing.readInvoice(alice, id);
        if (after == null) {
            return CheckResult.fail(method + " /invoices/" + id + " with Bob's token deleted Alice's invoice.");
        }
        boolean unchanged = note.equals(after.path("description").asText())
                && "draft".equals(after.path("status").asText())
                && after.path("amount").decimalValue().compareTo(new java.math.BigDecimal("1250.00")) == 0;
        return CheckResult.passIf(unchanged,
                method + " on Alice's invoice with Bob's token changed nothing (status " + attack.status() + ").",
                method + " /invoices/" + id + " with Bob's token changed Alice's invoice: every method that takes an id needs the ownership check, not only GET,"
                        + " and reading every invoice (the accountant's right) is not changing them.");
    }
}
