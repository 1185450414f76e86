package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;
import dev.fixpoint.lab.check.User;

import java.util.Map;

/**
 * A caller who holds billing's service token, however it leaked, and calls an admin route of the gateway with it for
 * a user it signed up: {@code route} is {@code refunds} (store credit) or {@code user-roles} (the admin role).
 * {@code scheme} is the Authorization scheme as written; each {@code header.NAME} param is sent as well (text with
 * {@code {random}} expanded, or {@code secret:NAME}, as a workload that presents a mesh certificate does).
 */
public class ServiceTokenAtGateway implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        User mallory = shop.signUp("mallory");
        String authorization = context.param("scheme") + " " + context.secret("billing-service-token");
        String route = context.param("route");
        var call = route.equals("refunds")
                ? shop.gateway().post("/api/admin/refunds").json("username", mallory.name(), "amount", "250.00", "reason", "late delivery")
                : shop.gateway().put("/api/admin/users/{}/role", mallory.name()).json("role", "admin");
        call = call.as(Session.NONE).header("Authorization", authorization);
        for (Map.Entry<String, String> param : context.params().entrySet()) {
            if (param.getKey().startsWith("header.")) {
                String value = param.getValue().startsWith("secret:") ? context.secret(param.getValue().substring(7))
                        : context.payload(param.getKey());
                call = call.header(param.getKey().substring("header.".length()), value);
            }
        }
        Reply reply = call.send();
        if (route.equals("refunds")) {
            var credit = shop.credit(mallory);
            return CheckResult.passIf(credit.signum() == 0,
                    "The gateway refused billing's token here (status " + reply.status() + ").",
                    "The gateway took billing's service token on the refund route and refunded "
                            + credit + " EUR into the store credit of " + mallory.name() + ", a user the caller signed up.");
        }
        String role = shop.role(mallory);
        return CheckResult.passIf(!role.equals("admin"),
                "The gateway refused billing's token on the role route (status " + reply.status() + ").",
                "The gateway took billing's service token on the role route and made " + mallory.name()
                        + ", a user the caller signed up, an admin.");
    }
}
