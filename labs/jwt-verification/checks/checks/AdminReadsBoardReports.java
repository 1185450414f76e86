package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/** The administrator, logged in properly, reads the board reports. */
public class AdminReadsBoardReports implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String token = Acme.login(context, "admin", "admin-password", "reports");
        if (token == null) {
            return CheckResult.fail("admin could not log in for reports.");
        }
        Response response = Acme.adminReports(context, token);
        return CheckResult.passIf(response.status() == 200 && Acme.leaksBoardReport(context, response),
                "The administrator's token opens the admin reports.",
                "GET /admin/reports with the administrator's token should answer 200 with the board reports, got status "
                        + response.status() + ".");
    }
}
