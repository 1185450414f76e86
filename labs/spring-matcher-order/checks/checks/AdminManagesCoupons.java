package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** The administrator creates a coupon, finds it in the list, and removes it again. */
public class AdminManagesCoupons implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Store store = new Store(context);
        String code = context.randomName("spring").toUpperCase();
        Reply created = store.admin().post("/api/admin/coupons").json("code", code, "percent", 20).send();
        if (created.status() != 201) {
            return CheckResult.fail("The administrator's POST /api/admin/coupons answered " + created.status() + ", not 201.");
        }
        if (!store.couponExists(code)) {
            return CheckResult.fail("The coupon the administrator created is missing from GET /api/admin/coupons.");
        }
        Reply removed = store.admin().delete("/api/admin/coupons/{}", code).send();
        if (removed.status() != 204) {
            return CheckResult.fail("The administrator's DELETE /api/admin/coupons/" + code + " answered " + removed.status() + ", not 204.");
        }
        return CheckResult.passIf(!store.couponExists(code), "The administrator creates, lists and removes a coupon.",
                "The coupon the administrator removed is still listed.");
    }
}
