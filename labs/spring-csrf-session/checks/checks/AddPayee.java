package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** Alex adds a payee with the form on the payees page and finds it in the account. */
public class AddPayee implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Browser alex = new Browser(context).login(Browser.ALEX, Browser.ALEX_PASSWORD);
        String name = "Plumber " + context.randomName("jo");
        Reply reply = alex.submit("/payees", "/payees", "name", name, "iban", "GB29 NWBK 6016 1331 9268 19");
        boolean added = alex.account().get("payees").items().stream().anyMatch(p -> name.equals(p.get("name").text("")));
        return CheckResult.passIf(added, "Alex adds a payee with the form on the payees page.",
                "Alex submitted the add-payee form on /payees (POST /payees answered " + reply.status()
                        + "), and the payee is not in the account.");
    }
}
