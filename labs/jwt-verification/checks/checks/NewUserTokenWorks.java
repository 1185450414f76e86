package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/**
 * A valid token for a user the service has never seen (one added to the login service today) works too: the
 * service trusts the login service's signature, not a list of known users or tokens. With the optional {@code role}
 * param set to admin, the new user is an administrator and must read the board reports as well.
 */
public class NewUserTokenWorks implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String role = context.params().getOrDefault("role", "analyst");
        String username = context.randomName("newhire");
        String token = Acme.sign(Acme.claims(username, role).jwtID(context.randomName("jti")).build(), Acme.signingKey(context));
        Reply me = Acme.me(context, token);
        if (me.status() != 200 || !me.json().get("username").text("").equals(username)) {
            return CheckResult.fail("GET /me with a valid token (right key, issuer, audience, not expired) for a new user "
                    + "should answer 200 with that username, got status " + me.status() + ".");
        }
        if (!role.equals("admin")) {
            return CheckResult.pass("A valid token for a new user is accepted.");
        }
        Reply reports = Acme.adminReports(context, token);
        return CheckResult.passIf(reports.status() == 200 && Acme.leaksBoardReport(context, reports),
                "A valid token for a new administrator opens the admin reports.",
                "GET /admin/reports with a valid token for a new administrator should answer 200 with the board reports, "
                        + "got status " + reports.status() + ".");
    }
}
