package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;

/** Maria, a manager, files a report of her own, corrects it with PUT and withdraws it with DELETE. */
public class ManagerManagesOwnReports implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Expenses expenses = new Expenses(context);
        long id = expenses.file("maria", "Team lunch", context.randomName("draft"), "96.00");
        Client maria = expenses.as("maria");

        String corrected = context.randomName("corrected");
        Reply put = maria.put("/reports/{}", id).json("title", "Team lunch (six)", "amount", new BigDecimal("112.00"), "note", corrected).send();
        Json report = expenses.read("maria", id);
        if (put.status() != 200 || !corrected.equals(report.get("note").text(""))) {
            return CheckResult.fail("Maria could not edit her own report " + id + " (PUT answered " + put.status() + ").");
        }
        Reply delete = maria.delete("/reports/{}", id).send();
        Reply gone = maria.get("/reports/{}", id).send();
        return CheckResult.passIf((delete.status() == 204 || delete.status() == 200) && gone.status() == 404,
                "Maria edits and withdraws her own report.",
                "Maria could not withdraw her own report " + id + " (DELETE answered " + delete.status() + ", then GET " + gone.status() + ").");
    }
}
