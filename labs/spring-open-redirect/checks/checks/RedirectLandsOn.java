package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Reply;

import java.util.Optional;

/**
 * A return address the portal must keep honouring: the redirect of {@code route} (go, save-settings or login) with
 * {@code target} (as sent in the query string; absent for none) must land on {@code expect} (path, query and fragment)
 * within the portal.
 */
public class RedirectLandsOn implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Reply reply = new Portal(context).redirect(context.param("route"), context.params().get("target"));
        return Lands.on(reply, context.param("expect"));
    }

    static final class Lands {
        private Lands() {
        }

        static CheckResult on(Reply reply, String expected) {
            Optional<String> location = Portal.location(reply);
            if (location.isEmpty()) {
                return CheckResult.fail("Expected a redirect to " + expected + ", got " + reply.status() + " without one.");
            }
            Portal.Destination destination = Portal.follow(location.get());
            return CheckResult.passIf(destination.staysOnPortal() && destination.path().equals(expected),
                    "The customer lands on " + expected + ".",
                    "Expected a redirect to " + expected + " on the portal, got Location " + location.get() + ".");
        }
    }
}
