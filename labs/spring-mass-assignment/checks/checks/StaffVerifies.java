package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/** The shop's staff list the accounts, find a new customer and verify them; the customer then shows as verified. */
public class StaffVerifies implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        Canary name = Canary.of(context, "frank");
        User user = shop.customer("frank", "displayName", name.value());
        long id = shop.meOrFail(user, "reading the new account").get("id").integer().orElse(-1L);
        Reply list = shop.as(shop.admin()).get("/api/admin/accounts").send();
        if (list.status() != 200 || !name.foundIn(list)) {
            return CheckResult.fail("The admin's GET /api/admin/accounts answered " + list.status() + " without the new customer.");
        }
        Reply verify = shop.as(shop.admin()).post("/api/admin/accounts/{}/verify", id).send();
        Json me = shop.me(user);
        return CheckResult.passIf(verify.status() == 200 && me.get("verified").bool().orElse(false),
                "Staff verify a new customer.",
                "The admin's POST /api/admin/accounts/" + id + "/verify answered " + verify.status() + " and the customer shows verified="
                        + me.get("verified").text(me.get("verified").toString()) + ".");
    }
}
