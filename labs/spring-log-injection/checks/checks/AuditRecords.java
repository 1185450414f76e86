package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

import java.util.List;

/**
 * The trail still records what the operators need. {@code use: sign-ins}: Alice's failed and successful sign-ins;
 * {@code use: non-ascii}: the sign-ins of a customer whose name is not ASCII, readable as typed; {@code use: reset}: a
 * reset request, and the e-mail it sends.
 */
public class AuditRecords implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Portal portal = new Portal(context);
        List<String> before = portal.audit();
        switch (context.param("use")) {
            case "sign-ins" -> {
                if (portal.signIn("alice", context.randomName("Wrong"), Portal.AGENT)) {
                    return CheckResult.fail("Alice signed in with a wrong password.");
                }
                if (!portal.signIn("alice", context.secret("alice-password"), Portal.AGENT)) {
                    return CheckResult.fail("Alice could not sign in with her password.");
                }
                List<String> added = Portal.added(before, portal.audit());
                return recorded(added, "SIGN_IN_FAILURE", "alice", "Alice's failed sign-in")
                        .and(recorded(added, "SIGN_IN_SUCCESS", "alice", "Alice's sign-in")).result();
            }
            case "non-ascii" -> {
                if (portal.signIn("Zoë Ñúñez", context.randomName("Wrong"), Portal.AGENT)) {
                    return CheckResult.fail("A sign-in as \"Zoë Ñúñez\" with a wrong password succeeded.");
                }
                if (!portal.signIn("zoë.ñúñez", context.secret("zoe-password"), Portal.AGENT)) {
                    return CheckResult.fail("zoë.ñúñez could not sign in with her password.");
                }
                List<String> added = Portal.added(before, portal.audit());
                return recorded(added, "SIGN_IN_FAILURE", "Zoë Ñúñez", "the failed sign-in typed as \"Zoë Ñúñez\"")
                        .and(recorded(added, "SIGN_IN_SUCCESS", "zoë.ñúñez", "the sign-in of zoë.ñúñez")).result();
            }
            case "reset" -> {
                portal.requestReset("alice", Portal.AGENT);
                List<String> added = Portal.added(before, portal.audit());
                Finding line = recorded(added, "PASSWORD_RESET_REQUESTED", "alice", "Alice's password reset request");
                boolean mailed = portal.deliveries().items().stream()
                        .anyMatch(delivery -> "alice".equals(delivery.get("to").text("")));
                return line.and(new Finding(mailed, "the reset e-mail to Alice is not in the delivery log")).result();
            }
            default -> throw new IllegalArgumentException("use: sign-ins, non-ascii or reset");
        }
    }

    private record Finding(boolean ok, String problem) {
        Finding and(Finding other) {
            return ok ? other : this;
        }

        CheckResult result() {
            return ok ? CheckResult.pass("The audit trail records it.") : CheckResult.fail(problem + ".");
        }
    }

    private static Finding recorded(List<String> added, String event, String user, String what) {
        boolean found = added.stream().anyMatch(line -> line.contains(event) && line.contains(user));
        return new Finding(found, "The audit trail has no " + event + " line with " + user + " for " + what
                + " (new lines: " + added + ")");
    }
}
