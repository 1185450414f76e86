package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

import java.util.List;

/**
 * A token that Acme's company key really signed, but that is not a production-realm payroll token, must not read the
 * salaries. The {@code token} param says which one: tokens the identity service issues for other applications or from
 * its sandbox realm, or ({@code minted}) an HR token whose aud is the {@code audience} param exactly (a payload; left
 * out when the param is missing) and which has no exp when {@code expiry} is {@code none}.
 */
public class ForeignTokenAtPayroll implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String kind = context.param("token");
        String token = switch (kind) {
            // An ordinary employee's token for the notes application.
            case "employee-notes" -> Acme.login(context, "erin", "notes");
            // An ordinary employee's token for two applications, neither of them payroll: aud is a list.
            case "employee-notes-and-calendar" -> Acme.login(context, "erin", List.of("notes", "calendar"));
            // An HR employee's token for notes, replayed at payroll by whoever sees notes' traffic: role hr, aud notes.
            case "hr-notes" -> Acme.login(context, "hana", "notes");
            // An ordinary employee's sandbox token for payroll with a made-up role: right audience, other issuer.
            case "sandbox-payroll" -> Acme.sandboxLogin(context, "erin", "payroll", "hr");
            case "minted" -> {
                var claims = Acme.hrClaims(context.randomName("hr"));
                if ("none".equals(context.params().get("expiry"))) {
                    claims.expirationTime(null);
                }
                String audience = context.params().containsKey("audience") ? context.payload("audience") : null;
                yield Acme.sign(context, claims.build(), audience);
            }
            default -> throw new IllegalArgumentException("unknown token: " + kind);
        };
        Reply reply = Acme.salaries(context, token);
        return CheckResult.passIf(!Acme.leaksSalaries(context, reply),
                "Payroll refused the token (status " + reply.status() + ").",
                "A token that is not a payroll token from Acme's production realm read the salaries and bank details.");
    }
}
