package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.User;

/**
 * Two users set their payout accounts and e-mails and request payouts of different amounts, one after the other: each
 * user's books show their own changes and nobody else's.
 */
public class UsersDoNotInterfere implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Portal portal = new Portal(context);
        User erin = portal.signUp("erin");
        User frank = portal.signUp("frank");
        String erinIban = portal.iban();
        String frankIban = portal.iban();
        portal.setPayoutAccount(erin, erinIban);
        portal.setPayoutAccount(frank, frankIban);
        portal.setEmail(frank, context.randomName("frank") + "@example.test");
        portal.requestPayout(erin, 1_000).expect("Erin requesting a payout of 10.00", 202);
        portal.requestPayout(frank, 3_000).expect("Frank requesting a payout of 30.00", 202);
        Json erinBooks = portal.books(erin);
        Json frankBooks = portal.books(frank);
        boolean right = erinBooks.get("payoutAccount").text("").equals(erinIban) && erinBooks.get("email").text("").isEmpty()
                && erinBooks.get("balance").integer().orElse(-1L) == Portal.WELCOME_EARNINGS - 1_000
                && frankBooks.get("payoutAccount").text("").equals(frankIban)
                && frankBooks.get("balance").integer().orElse(-1L) == Portal.WELCOME_EARNINGS - 3_000;
        return CheckResult.passIf(right, "Erin's and Frank's events each changed their own books only.",
                "After their own changes, Erin's books show " + erinBooks + " and Frank's " + frankBooks + ".");
    }
}
