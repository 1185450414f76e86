package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * Every payment out of a wallet passes the fraud screen, as the briefing promises: after a checkout and a gift, the
 * wallet's audit trail (read from inside the network) counts a review for each. A fix that drops the screen to make
 * payments quicker breaks that promise.
 */
public class PaymentsAreScreened implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        User gina = shop.signUp("gina");
        User hugo = shop.signUp("hugo");
        Reply bought = shop.checkout(gina, "cinema-night").send();
        Reply gave = shop.gift(gina, hugo, 1_000).send();
        if (bought.status() != 201 || gave.status() != 201) {
            return CheckResult.fail("A checkout of 30.00 and a gift of 10.00 out of 100.00 answered " + bought.status()
                    + " and " + gave.status() + ".");
        }
        String step = "reading the fraud screen's audit trail for " + gina.name();
        long reviews = Client.of(context, "wallet").get("/accounts/{}/reviews", gina.name()).expect(step, 200)
                .need(step, "reviews").integer().orElse(0L);
        return CheckResult.passIf(reviews >= 2, "The fraud screen reviewed both payments.",
                "The fraud screen reviewed " + reviews + " of Gina's 2 payments: every payment out of a wallet must pass it.");
    }
}
