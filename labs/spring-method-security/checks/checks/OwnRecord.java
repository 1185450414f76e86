package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** Erin reads her own record, her salary included. */
public class OwnRecord implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Reply reply = new People(context).employee().get("/api/me").send();
        boolean hers = reply.status() == 200 && "erin".equals(reply.json().get("username").text(""))
                && reply.json().get("salary").number().isPresent();
        return CheckResult.passIf(hers, "Erin reads her own record.",
                "Erin's GET /api/me answered " + reply.status() + " without her record and salary.");
    }
}
