package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** Erin, an employee, deletes a colleague's record at {@code path} ({@code {}} is its id). Judged by what HR reads afterwards. */
public class RemoveEmployee implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        People people = new People(context);
        long id = people.hire(context.randomName("new-hire"), "41000.00");
        Reply reply = people.employee().call("DELETE", context.param("path"), id).send();
        return CheckResult.passIf(!people.record(id).isMissing(), "Erin could not remove employee " + id + " (" + reply.status() + ").",
                "Erin, an employee, removed employee " + id + " with DELETE " + reply.request().target() + " (" + reply.status()
                        + "): only HR administrators remove staff records.");
    }
}
