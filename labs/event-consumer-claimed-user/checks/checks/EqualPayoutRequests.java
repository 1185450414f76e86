package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.User;

/** A user asks for a payout of 10.00, then for another of 10.00: two requests, two payouts. */
public class EqualPayoutRequests implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Portal portal = new Portal(context);
        User gina = portal.signUp("gina");
        portal.setPayoutAccount(gina, portal.iban());
        portal.requestPayout(gina, 1_000).expect("Gina's first payout request", 202);
        portal.requestPayout(gina, 1_000).expect("Gina's second payout request", 202);
        Json books = portal.books(gina);
        return CheckResult.passIf(books.get("payouts").items().size() == 2
                        && books.get("balance").integer().orElse(-1L) == Portal.WELCOME_EARNINGS - 2_000,
                "Two payout requests of the same amount were both paid.",
                "Gina asked twice for 10.00 and her books show " + books + ".");
    }
}
