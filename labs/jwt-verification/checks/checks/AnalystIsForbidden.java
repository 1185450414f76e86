package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** A valid token without the admin role is recognised (not 401) and refused with 403 on the admin reports. */
public class AnalystIsForbidden implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Reply reply = Acme.adminReports(context, Acme.login(context, "alice", "alice-password", "reports"));
        return CheckResult.passIf(reply.status() == 403 && !Acme.leaksBoardReport(context, reply),
                "An analyst's valid token gets 403 on the admin reports.",
                "GET /admin/reports with alice's valid analyst token should answer 403, got status " + reply.status() + ".");
    }
}
