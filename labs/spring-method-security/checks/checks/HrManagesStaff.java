package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;

/** Hana, the HR administrator, hires someone, changes their salary, and removes their record again. */
public class HrManagesStaff implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        People people = new People(context);
        String name = context.randomName("trainee");
        Reply hired = people.hr().post("/api/hr/employees")
                .json("fullName", name, "email", name + "@larkspur.example", "salary", new BigDecimal("32000.00"),
                        "bankAccount", "GB60 LOYD 3095 6200 9876 54")
                .send();
        if (hired.status() != 201) {
            return CheckResult.fail("HR's POST /api/hr/employees answered " + hired.status() + ", not 201.");
        }
        long id = hired.json().get("id").integer().orElse(-1L);
        BigDecimal salary = people.unusualSalary();
        Reply changed = people.hr().put("/api/hr/employees/{}/salary", id).json("salary", salary).send();
        if (changed.status() != 200 || people.salary(id).filter(now -> now.compareTo(salary) == 0).isEmpty()) {
            return CheckResult.fail("HR's PUT /api/hr/employees/" + id + "/salary answered " + changed.status()
                    + ", and the salary HR reads afterwards is not the new one.");
        }
        Reply removed = people.hr().delete("/api/hr/employees/{}", id).send();
        if (removed.status() != 204) {
            return CheckResult.fail("HR's DELETE /api/hr/employees/" + id + " answered " + removed.status() + ", not 204.");
        }
        return CheckResult.passIf(people.record(id).isMissing(), "HR hires, changes a salary and removes a record.",
                "The record HR removed is still there.");
    }
}
