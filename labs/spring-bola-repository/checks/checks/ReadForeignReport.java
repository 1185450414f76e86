package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

/**
 * The {@code owner} (param, default bob) files a report with a private note; the {@code attacker} (param, default alice,
 * who may not read it) asks for it by id, written with the optional {@code id-format}. The note must not come back.
 */
public class ReadForeignReport implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Expenses expenses = new Expenses(context);
        String owner = context.params().getOrDefault("owner", "bob");
        String attacker = context.params().getOrDefault("attacker", "alice");
        Canary note = Canary.of(context, owner + "-private-note");
        long id = expenses.file(owner, "Hotel " + context.randomName("night"), note.value(), "236.00");
        if (expenses.read(owner, id).isMissing()) {
            throw new SetupFailedException(owner + " could not read back their own report " + id + ", so the attack cannot be judged");
        }

        String path = expenses.path(id);
        Reply reply = expenses.as(attacker).get(path).send();
        return CheckResult.passIf(!note.foundIn(reply),
                attacker + " cannot read " + owner + "'s report (GET " + path + " answered " + reply.status() + ").",
                "GET " + path + " with " + attacker + "'s credentials answered " + reply.status() + " with " + owner
                        + "'s report and its private note: the report is loaded by its id alone.");
    }
}
