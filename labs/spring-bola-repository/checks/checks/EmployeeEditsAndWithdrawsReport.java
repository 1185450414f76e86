package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;

/** Bob corrects his report with PUT (the change sticks), then withdraws it with DELETE (it is gone). */
public class EmployeeEditsAndWithdrawsReport implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Expenses expenses = new Expenses(context);
        long id = expenses.file("bob", "Rental car", context.randomName("draft"), "180.00");
        Client bob = expenses.as("bob");

        String corrected = context.randomName("corrected");
        Reply put = bob.put("/reports/{}", id).json("title", "Rental car, two days", "amount", new BigDecimal("210.00"), "note", corrected).send();
        if (put.status() != 200) {
            return CheckResult.fail("PUT /reports/" + id + " by its owner answered " + put.status() + ".");
        }
        Json report = expenses.read("bob", id);
        boolean edited = corrected.equals(report.get("note").text(""))
                && "Rental car, two days".equals(report.get("title").text(""))
                && report.get("amount").number().filter(amount -> amount.compareTo(new BigDecimal("210.00")) == 0).isPresent();
        if (!edited) {
            return CheckResult.fail("After PUT /reports/" + id + " by its owner, the report does not show the changes.");
        }
        Reply delete = bob.delete("/reports/{}", id).send();
        if (delete.status() != 204 && delete.status() != 200) {
            return CheckResult.fail("DELETE /reports/" + id + " by its owner answered " + delete.status() + ".");
        }
        Reply gone = bob.get("/reports/{}", id).send();
        return CheckResult.passIf(gone.status() == 404, "Bob edits and withdraws his own report.",
                "After DELETE /reports/" + id + " by its owner, GET answered " + gone.status() + " instead of 404.");
    }
}
