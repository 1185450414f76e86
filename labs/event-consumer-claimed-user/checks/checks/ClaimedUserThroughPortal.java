package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.Locale;

/**
 * Alice sets her e-mail and payout account; Mallory, another user, sends the portal a change that claims to be about
 * Alice. Params: {@code route} (the portal endpoint), {@code claim} (userId, or actor.userId with Mallory's own userId
 * at the top) and {@code form} (as-sent or upper-case). Passes when Alice's books are as she left them.
 */
public class ClaimedUserThroughPortal implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Portal portal = new Portal(context);
        Portal.Victim prepared = portal.victim("alice");
        User alice = prepared.user();
        String aliceIban = prepared.iban();
        String aliceEmail = prepared.email();
        User mallory = portal.signUp("mallory");

        String victim = context.params().getOrDefault("form", "as-sent").equals("upper-case")
                ? alice.name().toUpperCase(Locale.ROOT) : alice.name();
        String route = context.param("route");
        Json body = switch (route) {
            case "POST /api/payout-account" -> Json.object("iban", portal.iban());
            case "POST /api/payouts" -> Json.object("amount", 5_000);
            case "POST /api/profile" -> Json.object("email", context.randomName("mallory") + "@example.test");
            case "POST /api/client-events" -> Json.object("type", "payout-account.changed", "iban", portal.iban());
            default -> throw new IllegalArgumentException("unknown route: " + route);
        };
        body = context.params().getOrDefault("claim", "userId").equals("actor.userId")
                ? body.with("userId", mallory.name()).with("actor", Json.object("userId", victim))
                : body.with("userId", victim);
        Reply attack = portal.as(mallory).post(route.substring("POST ".length())).json(body).send();

        String tampered = Portal.tampered(portal.books(alice), aliceIban, aliceEmail, 0);
        return tampered == null
                ? CheckResult.pass("Mallory's event about Alice changed nothing in Alice's books (the portal answered " + attack.status() + ").")
                : CheckResult.fail("Mallory sent " + route + " claiming to be about Alice, and the payouts service acted on it: "
                        + tampered + ". The portal published the user the request named, and the consumer believed the event.");
    }
}
