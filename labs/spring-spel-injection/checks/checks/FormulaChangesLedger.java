package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;

import java.util.List;

/**
 * An analyst, who only reads, sends a column formula that writes to the line it is evaluated on; the ledger that every
 * dashboard reads must be the same afterwards. Param {@code formula} (payload-expanded).
 */
public class FormulaChangesLedger implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Reports reports = new Reports(context);
        List<Json> before = reports.lines("reading the ledger's lines before the formula");
        Reply reply = reports.column(context.randomName("col"), context.payload("formula"));
        List<Json> after = reports.lines("reading the ledger's lines after the formula");
        for (int i = 0; i < before.size(); i++) {
            Json now = i < after.size() ? after.get(i) : Json.MISSING;
            if (!before.get(i).equals(now)) {
                return CheckResult.fail("The column formula answered " + reply.status() + " and changed the ledger: line "
                        + before.get(i).get("id") + " was " + before.get(i) + " and is now " + now
                        + ". The formula assigned to the line it was evaluated on, the ledger's own object.");
            }
        }
        return CheckResult.pass("The column formula answered " + reply.status() + " and the ledger's lines stayed as they were.");
    }
}
