package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Client;

/** Alice files a report, reads it by id, finds it in her list and in a search on a word of its title. */
public class EmployeeFilesAndFindsReports implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Expenses expenses = new Expenses(context);
        String word = context.randomName("parking");
        String note = context.randomName("receipt");
        long id = expenses.file("alice", "Airport " + word, note, "24.00");
        Client alice = expenses.as("alice");

        Json report = expenses.read("alice", id);
        if (!note.equals(report.get("note").text(""))) {
            return CheckResult.fail("Alice filed report " + id + " but GET /reports/" + id + " does not give it back to her.");
        }
        if (!Expenses.lists(alice.get("/reports").send().json(), id)) {
            return CheckResult.fail("Alice's list, GET /reports, does not show the report " + id + " she filed.");
        }
        if (!Expenses.lists(alice.get("/reports").query("q", word).send().json(), id)) {
            return CheckResult.fail("Alice's search for a word of her report's title, GET /reports?q=" + word + ", does not find report " + id + ".");
        }
        return CheckResult.pass("Alice files a report and finds it by id, in her list and by searching its title.");
    }
}
