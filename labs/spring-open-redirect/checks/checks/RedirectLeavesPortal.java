package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Reply;

import java.util.Optional;

/**
 * An attacker's link: the portal's redirect (param {@code route}: go, settings or login) with a return address
 * (param {@code target}, payload-expanded, as sent in the query string) that a browser reads as another site. Passes
 * when the portal answers no redirect or one that a browser follows within the portal.
 */
public class RedirectLeavesPortal implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Reply reply = new Portal(context).redirect(context.param("route"), context.payload("target"));
        Optional<String> location = Portal.location(reply);
        if (location.isEmpty()) {
            return CheckResult.pass("The portal answered " + reply.status() + " without redirecting anywhere.");
        }
        Portal.Destination destination = Portal.follow(location.get());
        return CheckResult.passIf(destination.staysOnPortal(),
                "The redirect stays on the portal: Location " + location.get(),
                "The portal redirected to " + destination.elsewhere() + " (Location " + location.get()
                        + "): a link to the portal sends the customer to the attacker's look-alike site.");
    }
}
