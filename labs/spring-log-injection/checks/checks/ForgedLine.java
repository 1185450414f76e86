package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An anonymous caller puts a line break ({@code separator}) and a whole audit line after it into a value the portal
 * records: the username of a failed sign-in ({@code where: login-form}), the username of a reset request ({@code where:
 * reset-form}) or the User-Agent header of a failed sign-in ({@code where: agent-header}). The line claims that an
 * administrator signed in. The check fails when the operators' view shows a line that starts with the forged text.
 */
public class ForgedLine implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String separator = context.param("separator");
        String admin = context.randomName("admin");
        String forged = Instant.now().truncatedTo(ChronoUnit.MILLIS) + " SIGN_IN_SUCCESS user=" + admin
                + " ip=10.20.0.4 agent=" + Portal.AGENT;
        String injected = context.randomName("mallory") + separator + forged;
        Portal portal = new Portal(context);
        String where = context.param("where");
        switch (where) {
            case "login-form" -> portal.signIn(injected, "Winter2025!", Portal.AGENT);
            case "reset-form" -> portal.requestReset(injected, Portal.AGENT);
            case "agent-header" -> portal.signIn(context.randomName("mallory"), "Winter2025!", Portal.AGENT + separator + forged);
            default -> throw new IllegalArgumentException("where: login-form, reset-form or agent-header, not " + where);
        }
        List<String> lines = portal.audit();
        boolean forgedLine = lines.stream().anyMatch(line -> line.startsWith(forged));
        String field = switch (where) {
            case "login-form" -> "the username of a failed sign-in";
            case "reset-form" -> "the username of a password reset request";
            default -> "the User-Agent header of a failed sign-in";
        };
        return CheckResult.passIf(!forgedLine,
                "A line break in " + field + " stays inside its own audit line.",
                "The audit view shows a line that the attacker wrote, \"" + forged + "\": a line break (U+"
                        + String.format("%04X", (int) separator.charAt(0)) + ") in " + field
                        + " ended the real line and began a fake successful sign-in of " + admin + ".");
    }
}
