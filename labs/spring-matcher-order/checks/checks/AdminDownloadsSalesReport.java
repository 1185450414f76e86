package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** The administrator downloads the sales report with the buyers' e-mail addresses. */
public class AdminDownloadsSalesReport implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Reply reply = new Store(context).admin().get("/api/reports/sales").send();
        return CheckResult.passIf(reply.status() == 200 && reply.contains(context.secret("buyer-email")),
                "The administrator downloads the sales report.",
                "The administrator's GET /api/reports/sales answered " + reply.status() + " without the buyers' details.");
    }
}
