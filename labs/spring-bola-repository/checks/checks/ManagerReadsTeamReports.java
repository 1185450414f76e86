package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Client;

/**
 * Alice (sales) files a report: Maria, the sales manager, reads it by id, sees it in her list and finds it by a word of
 * its title. Carol (support) files one: Nina, the support manager, reads it by id.
 */
public class ManagerReadsTeamReports implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Expenses expenses = new Expenses(context);
        String word = context.randomName("fair");
        String note = context.randomName("booth");
        long alices = expenses.file("alice", "Trade fair " + word, note, "640.00");
        Client maria = expenses.as("maria");

        if (!note.equals(expenses.read("maria", alices).get("note").text(""))) {
            return CheckResult.fail("Maria manages sales, but GET /reports/" + alices + " (Alice's) does not give her the report.");
        }
        if (!Expenses.lists(maria.get("/reports").send().json(), alices)) {
            return CheckResult.fail("Maria manages sales, but her list, GET /reports, does not show Alice's report " + alices + ".");
        }
        if (!Expenses.lists(maria.get("/reports").query("q", word).send().json(), alices)) {
            return CheckResult.fail("Maria manages sales, but GET /reports?q=" + word + " does not find Alice's report " + alices + ".");
        }
        String carolsNote = context.randomName("headset");
        long carols = expenses.file("carol", "Headset", carolsNote, "59.00");
        return CheckResult.passIf(carolsNote.equals(expenses.read("nina", carols).get("note").text("")),
                "Managers read their team's reports by id, in their list and by searching.",
                "Nina manages support, but GET /reports/" + carols + " (Carol's) does not give her the report.");
    }
}
