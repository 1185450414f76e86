package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;

/** A token the login service issued for reports works: /me names the user and their role. */
public class AnalystSeesOwnProfile implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Reply reply = Acme.me(context, Acme.login(context, "alice", "alice-password", "reports"));
        Json me = reply.json();
        return CheckResult.passIf(reply.status() == 200 && me.get("username").text("").equals("alice")
                        && me.get("role").text("").equals("analyst"),
                "A token issued for reports is accepted: /me shows alice, analyst.",
                "GET /me with alice's token from the login service should answer 200 with username alice and role "
                        + "analyst, got status " + reply.status() + ".");
    }
}
