package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

/** Sends an injection payload as the search text and looks for a secret the search must never return. */
public class SearchInjection implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String secret = context.secret(context.param("leaks"));
        Reply reply = Client.of(context, "shop").get("/products/search").query("q", context.payload("payload")).send();
        return CheckResult.passIf(!reply.contains(secret),
                "The injected search returned nothing it should not (status " + reply.status() + ").",
                "The search text changed the SQL: the response contains data the search must never return.");
    }
}
