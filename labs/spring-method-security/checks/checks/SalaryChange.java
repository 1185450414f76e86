package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;

/**
 * Erin, an employee, gives herself a raise: through HR's salary endpoint ({@code route: staff-list}, {@code path} with
 * {@code {}} for her id, PUT {"salary": ...}) or through the payroll's bulk adjustments ({@code route: bulk-adjustments},
 * {@code path}, POST [{"employeeId": ..., "salary": ...}]). Judged by her salary as HR reads it afterwards.
 */
public class SalaryChange implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        People people = new People(context);
        long id = people.employeeId();
        BigDecimal raise = people.unusualSalary();
        String path = context.param("path");
        Call call = switch (context.param("route")) {
            case "staff-list" -> people.employee().call("PUT", path, id).json("salary", raise);
            case "bulk-adjustments" -> people.employee().call("POST", path)
                    .json(Json.array(Json.object("employeeId", id, "salary", raise)));
            default -> throw new IllegalArgumentException("check parameter 'route' must be staff-list or bulk-adjustments");
        };
        Reply reply = call.send();
        boolean changed = people.salary(id).filter(salary -> salary.compareTo(raise) == 0).isPresent();
        return CheckResult.passIf(!changed, "Erin could not change her salary (" + reply.status() + ").",
                "Erin, an employee, set her own salary to " + raise + " with " + reply.request().method() + " "
                        + reply.request().target() + " (" + reply.status() + "): only HR administrators change salaries.");
    }
}
