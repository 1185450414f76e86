package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/**
 * A new user creates one invoice to learn how far the sequential ids go, then walks every id below it,
 * looking for an invoice of another customer planted at start-up (secret {@code globex-invoice-note}).
 */
public class EnumerateInvoiceIds implements Check {

    private static final int MAX_REQUESTS = 300;

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Billing billing = new Billing(context);
        String secret = context.secret("globex-invoice-note");
        String mallory;
        long highest;
        try {
            mallory = billing.newUser("mallory");
            highest = billing.createInvoice(mallory, "Mallory's client", "probe", "1.00");
        } catch (Billing.SetupFailed e) {
            return CheckResult.pass("The attack could not be set up (" + e.getMessage() + "); the functional checks report why.");
        }
        for (long id = Math.max(1, highest - MAX_REQUESTS); id < highest; id++) {
            Response response = billing.get(mallory, "/invoices/" + id);
            if (response.body().contains(secret)) {
                return CheckResult.fail("Walking the sequential ids up to " + highest + ", a new user read another customer's invoice " + id
                        + ". Ids are easy to guess; they must not be what protects an invoice.");
            }
        }
        return CheckResult.pass("Walking the sequential invoice ids found nothing that belongs to another customer.");
    }
}
