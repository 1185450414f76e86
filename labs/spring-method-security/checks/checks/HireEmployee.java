package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;

/** Erin, an employee, puts a made-up employee on the payroll at {@code path}. Judged by HR's staff list afterwards. */
public class HireEmployee implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        People people = new People(context);
        Canary name = Canary.of(context, "ghost");
        Reply reply = people.employee().call("POST", context.param("path"))
                .json("fullName", name.value(), "email", "ghost@example.net", "salary", new BigDecimal("95000.00"),
                        "bankAccount", "GB11 HACK 0000 0000 0000 00")
                .send();
        Reply staff = people.hr().get("/api/hr/employees").expect("HR listing the staff", 200);
        return CheckResult.passIf(!name.foundIn(staff), "Erin could not add an employee (" + reply.status() + ").",
                "Erin, an employee, put a made-up employee on the payroll with POST " + reply.request().target() + " ("
                        + reply.status() + "): only HR administrators hire.");
    }
}
