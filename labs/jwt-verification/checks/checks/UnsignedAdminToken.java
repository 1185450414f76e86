package checks;

import com.nimbusds.jwt.PlainJWT;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** An unsigned token ({@code "alg": "none"}) that simply claims the admin role must not open the board reports. */
public class UnsignedAdminToken implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String token = new PlainJWT(Acme.claims(context.randomName("mallory"), "admin").build()).serialize();
        Reply reply = Acme.adminReports(context, token);
        return CheckResult.passIf(!Acme.leaksBoardReport(context, reply),
                "The unsigned token was refused (status " + reply.status() + ").",
                "An unsigned token (alg: none) claiming role admin was accepted: the board reports were returned.");
    }
}
