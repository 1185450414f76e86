package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Reply;

/**
 * Alex sends money with the dashboard's quick transfer: its script posts the JSON as text, with the CSRF header where
 * the page keeps the token.
 */
public class QuickTransfer implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Browser alex = new Browser(context).login(Browser.ALEX, Browser.ALEX_PASSWORD);
        long payee = alex.account().get("payees").get(0).get("id").integer()
                .orElseThrow(() -> new SetupFailedException("reading Alex's account: no payee with an id"));
        String reference = context.randomName("rent");
        Reply reply = alex.script("/", "/api/transfers", Json.object("payeeId", payee, "amount", "12.34", "reference", reference));
        boolean sent = alex.account().get("transfers").items().stream().anyMatch(t -> reference.equals(t.get("reference").text("")));
        return CheckResult.passIf(sent, "Alex sends money with the dashboard's quick transfer.",
                "The dashboard's quick-transfer script posted to /api/transfers (answered " + reply.status()
                        + "), and the transfer is not in Alex's account.");
    }
}
