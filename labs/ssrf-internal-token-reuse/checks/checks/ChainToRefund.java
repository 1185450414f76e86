package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;
import dev.fixpoint.lab.check.User;

import java.math.BigDecimal;

/**
 * The whole chain, as an attacker on the internet runs it: a link preview of billing's internal configuration, the
 * service token read from the preview card, and a refund into the attacker's own store credit with that token.
 */
public class ChainToRefund implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        User mallory = shop.signUp("mallory");
        String url = context.payload("url");
        Reply preview = Client.of(context, "previews").post("/previews").json("url", url).send();
        String token = context.secret("billing-service-token");
        if (!preview.contains(token)) {
            return CheckResult.pass("Step 1 failed: the preview of " + url + " did not show billing's service token (status "
                    + preview.status() + "), so the chain stops there.");
        }
        Reply refund = shop.gateway().as(Session.bearer(token)).post("/api/admin/refunds")
                .json("username", mallory.name(), "amount", "4999.00", "reason", "goodwill").send();
        BigDecimal credit = shop.credit(mallory);
        if (credit.signum() > 0) {
            return CheckResult.fail("The preview of " + url + " showed billing's service token, and the gateway accepted it from "
                    + mallory.name() + " on the internet: " + credit + " EUR of store credit refunded to the attacker (status "
                    + refund.status() + ").");
        }
        return CheckResult.pass("The preview leaked billing's service token, but the gateway refused it from the internet (status "
                + refund.status() + "). The other layers are graded on their own.");
    }
}
