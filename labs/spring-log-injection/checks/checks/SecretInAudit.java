package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whoever reads the audit trail must not learn a secret from it. {@code secret: typed}: a sign-in as {@code user}
 * fails with a per-run password, which must not appear in the trail. {@code secret: reset-token}: a password reset is
 * asked for {@code user}; every token-like word of the new audit lines about that customer is tried on the reset form,
 * and none may set a new password.
 */
public class SecretInAudit implements Check {

    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_-]{16,}");
    private static final int MOST_TRIED = 60;

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Portal portal = new Portal(context);
        String user = context.payload("user");
        if ("typed".equals(context.param("secret"))) {
            Canary password = Canary.of(context, "Tried");
            if (portal.signIn(user, password.value(), Portal.AGENT)) {
                return CheckResult.notSetUp("a sign-in as " + user + " with a made-up password succeeded");
            }
            List<String> lines = portal.audit();
            return CheckResult.passIf(lines.stream().noneMatch(password::foundIn),
                    "The password tried in a failed sign-in is not in the audit trail.",
                    "The password tried in a failed sign-in as " + user + " is in the audit trail: whoever reads the trail "
                            + "learns the passwords customers type, the real one after a typo, or one they use elsewhere.");
        }
        List<String> before = portal.audit();
        portal.requestReset(user, Portal.AGENT);
        List<String> added = Portal.added(before, portal.audit());
        Set<String> candidates = new LinkedHashSet<>();
        // Only the lines about this customer: another check's reset of another customer is not this one's to use.
        for (String line : added.stream().filter(text -> text.contains(user)).toList()) {
            Matcher token = TOKEN_LIKE.matcher(line);
            while (token.find() && candidates.size() < MOST_TRIED) {
                candidates.add(token.group());
            }
        }
        String newPassword = context.randomName("Taken");
        for (String candidate : candidates) {
            if (portal.confirmReset(candidate, newPassword)) {
                return CheckResult.fail("The audit trail holds the reset link's token for " + user + ": reading the trail, "
                        + "an attacker set a new password on the reset form and owns the account.");
            }
        }
        return CheckResult.pass("No token in the audit trail resets " + user + "'s password (" + candidates.size() + " tried).");
    }
}
