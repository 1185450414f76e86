package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/**
 * One token from the login service serves every request of its lifetime: the administrator's token reads their profile,
 * the board reports, and the profile again. A verifier that lets each token in once breaks every session.
 */
public class TokenWorksForSeveralRequests implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String token = Acme.login(context, "admin", "admin-password", "reports");
        Reply first = Acme.me(context, token);
        Reply reports = Acme.adminReports(context, token);
        Reply again = Acme.me(context, token);
        return CheckResult.passIf(first.status() == 200 && reports.status() == 200 && Acme.leaksBoardReport(context, reports)
                        && again.status() == 200,
                "The same token works for every request until it expires.",
                "One token used for GET /me, GET /admin/reports and GET /me again should get 200 each time, got "
                        + first.status() + ", " + reports.status() + " and " + again.status() + ".");
    }
}
