package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** Hana, the HR administrator, lists the staff and opens a colleague's record, salaries and bank accounts included. */
public class HrReadsStaff implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        People people = new People(context);
        String account = context.secret("frank-bank-account");
        Reply list = people.hr().get("/api/hr/employees").send();
        if (list.status() != 200 || !list.contains(account)) {
            return CheckResult.fail("HR's GET /api/hr/employees answered " + list.status() + " without the staff's bank accounts.");
        }
        long frank = list.json().items().stream().filter(employee -> "frank".equals(employee.get("username").text("")))
                .findFirst().flatMap(employee -> employee.get("id").integer()).orElse(-1L);
        Reply one = people.hr().get("/api/hr/employees/{}", frank).send();
        return CheckResult.passIf(one.status() == 200 && one.contains(account) && one.json().get("salary").number().isPresent(),
                "HR lists the staff and reads a record.",
                "HR's GET /api/hr/employees/" + frank + " answered " + one.status() + " without Frank's salary and bank account.");
    }
}
