package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.math.BigDecimal;

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
        Canary note = Canary.of(context, "alice-private-note");
        User alice = billing.signUp("alice");
        long id = billing.createInvoice(alice, "Alice's client", note.value(), "1250.00");
        User bob = "accountant".equals(context.params().get("attacker")) ? billing.accountant() : billing.signUp("bob");
        if (billing.readInvoice(alice, id).isMissing()) {
            throw new SetupFailedException("Alice could not read back her own invoice " + id + ", so the attack cannot be judged");
        }

        Call attack = billing.as(bob).call(method, "/invoices/{}", id);
        Reply reply = (context.params().containsKey("body") ? attack.body("application/json", context.payload("body")) : attack).send();
        if (note.foundIn(reply)) {
            return CheckResult.fail(method + " /invoices/" + id + " with Bob's token answered with Alice's invoice.");
        }
        Json after = billing.readInvoice(alice, id);
        if (after.isMissing()) {
            return CheckResult.fail(method + " /invoices/" + id + " with Bob's token deleted Alice's invoice.");
        }
        boolean unchanged = note.value().equals(after.get("description").text(""))
                && "draft".equals(after.get("status").text(""))
                && after.get("amount").number().filter(amount -> amount.compareTo(new BigDecimal("1250.00")) == 0).isPresent();
        return CheckResult.passIf(unchanged,
                method + " on Alice's invoice with Bob's token changed nothing (status " + reply.status() + ").",
                method + " /invoices/" + id + " with Bob's token changed Alice's invoice: every method that takes an id needs the ownership check, not only GET,"
                        + " and reading every invoice (the accountant's right) is not changing them.");
    }
}
