package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * Alice signs up; Mallory signs up with Alice's account id in the body (param {@code field}: the spelling of the id's
 * name). The insert must make a new account, never rewrite Alice's: afterwards Alice still logs in and sees her name.
 */
public class TakeOverBySignUp implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        Canary name = Canary.of(context, "alice-name");
        User alice = shop.customer("alice", "displayName", name.value());
        long id = shop.meOrFail(alice, "reading Alice's account").get("id").integer()
                .orElseThrow(() -> new SetupFailedException("GET /api/me shows no numeric id"));
        User mallory = shop.newUser("mallory");
        Reply reply = shop.signUpJson(mallory, Json.object(context.param("field"), id, "displayName", "Mallory"));
        Json after = shop.me(alice);
        return CheckResult.passIf(!after.isMissing() && name.value().equals(after.get("displayName").text("")),
                "Mallory's sign-up (" + reply.status() + ") left Alice's account alone.",
                "POST /api/signup with Alice's account id answered " + reply.status()
                        + " and Alice's account was overwritten: she can no longer log in, and Mallory's password opens it.");
    }
}
