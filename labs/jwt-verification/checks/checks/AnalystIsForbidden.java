package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/** A valid token without the admin role is recognised (not 401) and refused with 403 on the admin reports. */
public class AnalystIsForbidden implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String token = Acme.login(context, "alice", "alice-password", "reports");
        if (token == null) {
            return CheckResult.fail("alice could not log in for reports.");
        }
        Response response = Acme.adminReports(context, token);
        return CheckResult.passIf(response.status() == 403 && !Acme.leaksBoardReport(context, response),
                "An analyst's valid token gets 403 on the admin reports.",
                "GET /admin/reports with alice's valid analyst token should answer 403, got status " + response.status() + ".");
    }
}
