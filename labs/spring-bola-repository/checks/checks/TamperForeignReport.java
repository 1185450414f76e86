package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;

/**
 * The {@code owner} (param, default bob) files a report; the {@code attacker} (param, default alice) sends
 * {@code method} (PUT with a new title, amount and note, or DELETE) to it, the id written with the optional
 * {@code id-format}. Then the owner reads it back: it must be as they left it. With a manager of the owner's team as
 * the attacker: managers read their team's reports but change only their own.
 */
public class TamperForeignReport implements Check {

    private static final BigDecimal AMOUNT = new BigDecimal("310.40");

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Expenses expenses = new Expenses(context);
        String method = context.param("method");
        String owner = context.params().getOrDefault("owner", "bob");
        String attacker = context.params().getOrDefault("attacker", "alice");
        Canary note = Canary.of(context, owner + "-private-note");
        String title = "Flight " + context.randomName("trip");
        long id = expenses.file(owner, title, note.value(), AMOUNT.toPlainString());
        if (expenses.read(owner, id).isMissing()) {
            throw new SetupFailedException(owner + " could not read back their own report " + id + ", so the attack cannot be judged");
        }

        String path = expenses.path(id);
        Call attack = expenses.as(attacker).call(method, path);
        if (method.equals("PUT") || method.equals("PATCH")) {
            attack = attack.json("title", context.randomName("changed"), "amount", new BigDecimal("9999.00"), "note", context.randomName("note"));
        }
        Reply reply = attack.send();
        Json after = expenses.read(owner, id);
        if (after.isMissing()) {
            return CheckResult.fail(method + " " + path + " with " + attacker + "'s credentials (" + reply.status() + ") removed "
                    + owner + "'s report: every method that takes an id needs the rule, and reading a team's reports is not changing them.");
        }
        boolean unchanged = title.equals(after.get("title").text(""))
                && note.value().equals(after.get("note").text(""))
                && after.get("amount").number().filter(amount -> amount.compareTo(AMOUNT) == 0).isPresent();
        if (!unchanged) {
            return CheckResult.fail(method + " " + path + " with " + attacker + "'s credentials (" + reply.status() + ") changed "
                    + owner + "'s report: every method that takes an id needs the rule, and reading a team's reports is not changing them.");
        }
        return CheckResult.passIf(!note.foundIn(reply),
                method + " on " + owner + "'s report with " + attacker + "'s credentials changed nothing (status " + reply.status() + ").",
                method + " " + path + " with " + attacker + "'s credentials changed nothing but answered with " + owner + "'s report.");
    }
}
