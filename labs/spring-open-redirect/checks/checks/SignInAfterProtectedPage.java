package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

/**
 * A customer opens a page that needs signing in, is sent to the sign-in form, signs in without a continue field and
 * must land back on that page (Spring Security's saved request).
 */
public class SignInAfterProtectedPage implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Portal portal = new Portal(context);
        Reply page = portal.client().get("/orders?page=3").send();
        if (page.status() / 100 != 3) {
            throw new SetupFailedException("opening /orders?page=3 signed out answered " + page.status() + ", not a redirect to sign in");
        }
        Session browser = Session.cookies(page).orElseThrow(() -> new SetupFailedException("opening /orders?page=3 set no session cookie"));
        Reply signIn = portal.signIn("/login", browser);
        String location = Portal.location(signIn).orElse("");
        Portal.Destination destination = Portal.follow(location);
        return CheckResult.passIf(destination.staysOnPortal() && destination.path().startsWith("/orders?page=3"),
                "Alice is back on /orders?page=3 after signing in.",
                "After signing in Alice should be back on /orders?page=3, got Location " + location + ".");
    }
}
