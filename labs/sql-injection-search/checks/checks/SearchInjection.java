package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends an injection payload as the search text and looks for a secret the search must never return. */
public class SearchInjection implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String payload = context.payload("payload");
        String secret = context.secret(context.param("leaks"));
        Response response = context.send("shop", Request.get("/products/search?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)));
        return CheckResult.passIf(!response.body().contains(secret),
                "The injected search returned nothing it should not (status " + response.status() + ").",
                "The search text changed the SQL: the response contains data the search must never return.");
    }
}
