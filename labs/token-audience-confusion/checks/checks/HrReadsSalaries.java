package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

import java.util.List;

/**
 * An HR employee's payroll token reads the salaries. The {@code token} param says which one: the token the identity
 * service issues hana for payroll, or for payroll and notes at once, or a valid token for an HR employee the payroll
 * service has never seen, with aud written as a string or as a one-item list (RFC 7519 allows both).
 */
public class HrReadsSalaries implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String kind = context.params().getOrDefault("token", "hr-payroll");
        String token = switch (kind) {
            case "hr-payroll" -> Acme.login(context, "hana", "payroll");
            case "hr-notes-and-payroll" -> Acme.login(context, "hana", List.of("notes", "payroll"));
            case "new-hr-employee" -> Acme.sign(context, Acme.hrClaims(context.randomName("newhire")).build(), "payroll");
            case "audience-as-list" -> Acme.sign(context, Acme.hrClaims(context.randomName("hr")).build(), List.of("payroll"));
            default -> throw new IllegalArgumentException("unknown token: " + kind);
        };
        Reply reply = Acme.salaries(context, token);
        return CheckResult.passIf(reply.status() == 200 && Acme.leaksSalaries(context, reply),
                "An HR employee's payroll token reads the salaries.",
                "GET /salaries with an HR employee's valid payroll token should answer 200 with the salaries, got status "
                        + reply.status() + ".");
    }
}
