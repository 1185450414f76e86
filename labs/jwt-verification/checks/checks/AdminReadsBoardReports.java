package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** The administrator, logged in properly, reads the board reports. */
public class AdminReadsBoardReports implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Reply reply = Acme.adminReports(context, Acme.login(context, "admin", "admin-password", "reports"));
        return CheckResult.passIf(reply.status() == 200 && Acme.leaksBoardReport(context, reply),
                "The administrator's token opens the admin reports.",
                "GET /admin/reports with the administrator's token should answer 200 with the board reports, got status "
                        + reply.status() + ".");
    }
}
