package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

/**
 * Someone who is not staff creates a discount coupon (POST) or removes one (DELETE) at {@code path} ({@code {}} is the
 * coupon's code), as {@code caller}. Judged by the administrator's list of coupons afterwards.
 */
public class CouponWrite implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Store store = new Store(context);
        String caller = context.param("caller");
        String method = context.param("method");
        String path = context.param("path");
        String who = Store.describe(caller);
        String code = Canary.of(context, "free").value().toUpperCase();

        switch (method) {
            case "POST" -> {
                Reply reply = store.as(caller).call("POST", path).json("code", code, "percent", 100).send();
                return CheckResult.passIf(!store.couponExists(code),
                        who + " could not create a coupon (" + reply.status() + ").",
                        who + " created a 100% coupon with POST " + path + " (" + reply.status() + "): coupons are the staff's to give.");
            }
            case "DELETE" -> {
                store.addCoupon(code, 15);
                Reply reply = store.as(caller).call("DELETE", path, code).send();
                return CheckResult.passIf(store.couponExists(code),
                        who + " could not remove a coupon (" + reply.status() + ").",
                        who + " removed the staff's coupon with DELETE " + reply.request().target() + " (" + reply.status() + ").");
            }
            default -> throw new IllegalArgumentException("check parameter 'method' must be POST or DELETE, not " + method);
        }
    }
}
