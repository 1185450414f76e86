package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/** A token the login service issued for reports works: /me names the user and their role. */
public class AnalystSeesOwnProfile implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String token = Acme.login(context, "alice", "alice-password", "reports");
        if (token == null) {
            return CheckResult.fail("alice could not log in for reports.");
        }
        Response response = Acme.me(context, token);
        JsonNode me = Acme.body(response);
        return CheckResult.passIf(response.status() == 200 && me.path("username").asText().equals("alice")
                        && me.path("role").asText().equals("analyst"),
                "A token issued for reports is accepted: /me shows alice, analyst.",
                "GET /me with alice's token from the login service should answer 200 with username alice and role "
                        + "analyst, got status " + response.status() + ".");
    }
}
