package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * A user changes their e-mail (as the web app, with their userId) and payout account (as the mobile app, without),
 * requests a payout of 25.00 and sends a ui event: all accepted, and the books show each change.
 */
public class OwnUpdatesTakeEffect implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Portal portal = new Portal(context);
        User dana = portal.signUp("dana");
        String email = context.randomName("dana") + "@example.test";
        String iban = portal.iban();
        Reply profile = portal.as(dana).post("/api/profile").json("userId", dana.name(), "email", email).send();
        Reply account = portal.as(dana).post("/api/payout-account").json("iban", iban).send();
        Reply payout = portal.requestPayout(dana, 2_500);
        Reply ui = portal.as(dana).post("/api/client-events").json("type", "ui.tour-completed", "userId", dana.name()).send();
        for (Reply reply : new Reply[] {profile, account, payout, ui}) {
            if (reply.status() != 202) {
                return CheckResult.fail(reply.request().method() + " " + reply.request().target() + " by Dana about her own account answered "
                        + reply.status() + ", not 202.");
            }
        }
        Json books = portal.books(dana);
        boolean applied = books.get("email").text("").equals(email) && books.get("payoutAccount").text("").equals(iban)
                && books.get("balance").integer().orElse(-1L) == Portal.WELCOME_EARNINGS - 2_500
                && books.get("payouts").items().size() == 1;
        return CheckResult.passIf(applied, "Dana's own changes went through the queue and took effect.",
                "The portal accepted Dana's changes to her own account, but her books show " + books + ".");
    }
}
