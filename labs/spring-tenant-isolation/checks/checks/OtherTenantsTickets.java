package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

/**
 * A ticket of one tenant ({@code victim}, ana or gus) with a canary in its {@code field} (subject or body), and the
 * other tenant's agent looking for it: {@code route} text-search (the canary as the search text, or with {@code query} set,
 * that text) or csv-report (the other tenant's report).
 */
public class OtherTenantsTickets implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Helpdesk desk = new Helpdesk(context);
        String victim = context.param("victim");
        String attacker = victim.equals("ana") ? "gus" : "ana";
        Canary canary = Canary.of(context, "confidential");
        boolean inSubject = context.param("field").equals("subject");
        desk.open(victim, inSubject ? "Refund for " + canary : "Refund request", inSubject ? "Please refund order 1182." : "Card " + canary + " was charged twice.");
        Reply reply = switch (context.param("route")) {
            case "text-search" -> desk.search(attacker, context.params().containsKey("query") ? context.payload("query") : canary.value());
            case "csv-report" -> desk.report(attacker);
            default -> throw new IllegalArgumentException("unknown route");
        };
        return CheckResult.passIf(!canary.foundIn(reply), attacker + " did not see the other tenant's ticket",
                attacker + " (another tenant) got " + victim + "'s ticket through " + context.param("route") + " (status "
                        + reply.status() + ")");
    }
}
