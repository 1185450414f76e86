package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

import java.util.Locale;

/**
 * The {@code owner} (param) files a report whose title holds a word nobody else uses; the {@code attacker} (param)
 * searches for that word (in capitals with {@code upper: true}). The owner's report must not be among the results.
 */
public class SearchForeignReports implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Expenses expenses = new Expenses(context);
        String owner = context.param("owner");
        String attacker = context.param("attacker");
        Canary note = Canary.of(context, owner + "-private-note");
        String word = context.randomName("venue");
        long id = expenses.file(owner, "Workshop " + word, note.value(), "75.00");
        if (!Expenses.lists(expenses.as(owner).get("/reports").query("q", word).send().json(), id)) {
            throw new SetupFailedException(owner + "'s search for their own report " + id + " did not find it, so the attack cannot be judged");
        }

        String query = "true".equals(context.params().get("upper")) ? word.toUpperCase(Locale.ROOT) : word;
        Reply reply = expenses.as(attacker).get("/reports").query("q", query).send();
        return CheckResult.passIf(!note.foundIn(reply) && !Expenses.lists(reply.json(), id),
                attacker + "'s search does not list " + owner + "'s report.",
                "GET /reports?q=" + query + " with " + attacker + "'s credentials listed " + owner
                        + "'s report: the search looks at every report, whoever may read it.");
    }
}
