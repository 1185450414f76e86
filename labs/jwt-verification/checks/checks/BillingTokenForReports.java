package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/**
 * Alice is an administrator in billing but only an analyst in reports. A genuine token the login service
 * issued her for billing must not make her an administrator of reports.
 */
public class BillingTokenForReports implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Reply reply = Acme.adminReports(context, Acme.login(context, "alice", "alice-password", "billing"));
        return CheckResult.passIf(!Acme.leaksBoardReport(context, reply),
                "The token issued for billing was refused by reports (status " + reply.status() + ").",
                "A token issued for billing, where alice is an admin, opened the admin reports.");
    }
}
