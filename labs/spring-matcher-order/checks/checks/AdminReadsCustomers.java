package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** The administrator opens the customer directory, staff notes included. */
public class AdminReadsCustomers implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Reply reply = new Store(context).admin().get("/api/admin/customers").send();
        return CheckResult.passIf(reply.status() == 200 && reply.contains(context.secret("customer-note")),
                "The administrator reads the customer directory.",
                "The administrator's GET /api/admin/customers answered " + reply.status() + " without the customers' notes.");
    }
}
