package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/**
 * A valid token for a user the service has never seen (one added to the login service today) works too: the
 * service trusts the login service's signature, not a list of known users or tokens.
 */
public class NewUserTokenWorks implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String username = context.randomName("newhire");
        String token = Acme.sign(Acme.claims(username, "analyst").jwtID(context.randomName("jti")).build(), Acme.signingKey(context));
        Response response = Acme.me(context, token);
        JsonNode me = Acme.body(response);
        return CheckResult.passIf(response.status() == 200 && me.path("username").asText().equals(username),
                "A valid token for a new user is accepted.",
                "GET /me with a valid token (right key, issuer, audience, not expired) for a new user should answer 200 "
                        + "with that username, got status " + response.status() + ".");
    }
}
