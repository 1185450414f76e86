package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** Alex changes the e-mail address with the dashboard's form and reads it back. */
public class ChangeEmail implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Browser alex = new Browser(context).login(Browser.ALEX, Browser.ALEX_PASSWORD);
        String email = context.randomName("alex") + "@fernhill.example";
        Reply reply = alex.submit("/", "/profile/email", "email", email);
        // Other checks change Alex's address at the same time; the record of changes keeps this one.
        boolean changed = alex.account().get("emailChanges").items().stream().anyMatch(recorded -> recorded.text("").equals(email));
        String now = alex.account().get("email").text("");
        return CheckResult.passIf(changed, "Alex changes the e-mail address with the dashboard's form.",
                "Alex submitted the dashboard's e-mail form (POST /profile/email answered " + reply.status()
                        + "), and the account still says " + now + ".");
    }
}
