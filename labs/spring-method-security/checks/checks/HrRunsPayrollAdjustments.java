package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;

/** Hana, the HR administrator, changes two salaries in one payroll adjustment. */
public class HrRunsPayrollAdjustments implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        People people = new People(context);
        long first = people.hire(context.randomName("junior"), "30000.00");
        long second = people.hire(context.randomName("senior"), "70000.00");
        BigDecimal one = people.unusualSalary();
        BigDecimal two = people.unusualSalary();
        Reply reply = people.hr().post("/api/payroll/adjustments")
                .json(Json.array(Json.object("employeeId", first, "salary", one), Json.object("employeeId", second, "salary", two)))
                .send();
        if (reply.status() != 200) {
            return CheckResult.fail("HR's POST /api/payroll/adjustments answered " + reply.status() + ", not 200.");
        }
        boolean applied = people.salary(first).filter(salary -> salary.compareTo(one) == 0).isPresent()
                && people.salary(second).filter(salary -> salary.compareTo(two) == 0).isPresent();
        return CheckResult.passIf(applied, "HR changes two salaries in one payroll adjustment.",
                "After HR's POST /api/payroll/adjustments, the salaries HR reads are not the new ones.");
    }
}
