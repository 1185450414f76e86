package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/**
 * Alice is an administrator in billing but only an analyst in reports. A genuine token the login service
 * issued her for billing must not make her an administrator of reports.
 */
public class BillingTokenForReports implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String billingToken = Acme.login(context, "alice", "alice-password", "billing");
        if (billingToken == null) {
            throw new IllegalStateException("alice could not log in for billing");
        }
        Response response = Acme.adminReports(context, billingToken);
        return CheckResult.passIf(!Acme.leaksBoardReport(context, response),
                "The token issued for billing was refused by reports (status " + response.status() + ").",
                "A token issued for billing, where alice is an admin, opened the admin reports.");
    }
}
