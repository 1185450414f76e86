package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.User;

/**
 * A new user creates one invoice to learn how far the sequential ids go, then walks every id below it,
 * looking for an invoice of another customer planted at start-up (secret {@code globex-invoice-note}).
 */
public class EnumerateInvoiceIds implements Check {

    private static final int MAX_REQUESTS = 300;

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        Canary secret = new Canary(context.secret("globex-invoice-note"));
        User mallory = billing.signUp("mallory");
        long highest = billing.createInvoice(mallory, "Mallory's client", "probe", "1.00");

        Client asMallory = billing.as(mallory);
        for (long id = Math.max(1, highest - MAX_REQUESTS); id < highest; id++) {
            if (secret.foundIn(asMallory.get("/invoices/{}", id).send())) {
                return CheckResult.fail("Walking the sequential ids up to " + highest + ", a new user read another customer's invoice " + id
                        + ". Ids are easy to guess; they must not be what protects an invoice.");
            }
        }
        return CheckResult.pass("Walking the sequential invoice ids found nothing that belongs to another customer.");
    }
}
