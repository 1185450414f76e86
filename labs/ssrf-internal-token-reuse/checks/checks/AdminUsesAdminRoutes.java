package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.math.BigDecimal;

/** The support team's admin, a user of role admin on the internet, refunds a customer and changes another one's role. */
public class AdminUsesAdminRoutes implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        User admin = shop.admin(context);
        User customer = shop.signUp("customer");
        User agent = shop.signUp("agent");
        Reply refund = shop.gateway().as(admin.session()).post("/api/admin/refunds")
                .json("username", customer.name(), "amount", 12.3, "reason", "goodwill").send();
        Reply role = shop.gateway().as(admin.session()).put("/api/admin/users/{}/role", agent.name()).json("role", "support").send();
        BigDecimal credit = shop.credit(customer);
        String agentRole = shop.role(agent);
        if (credit.compareTo(new BigDecimal("12.30")) != 0) {
            return CheckResult.fail("The admin's refund to " + customer.name() + " did not arrive (status " + refund.status() + ", "
                    + refund.body() + ").");
        }
        return CheckResult.passIf(agentRole.equals("support"),
                "The admin refunded a customer and made another one a support agent.",
                "The admin could not change " + agent.name() + "'s role (status " + role.status() + ", " + role.body() + ").");
    }
}
