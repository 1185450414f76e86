package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/**
 * The backends still get the client's ordinary headers: the request id used for tracing, the language, and the
 * client's name in User-Agent (a name with "user" in it that a too-wide identity filter drops).
 */
public class GatewayForwardsClientHeaders implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        Api.Account alice = api.newUser("alice");
        String requestId = context.randomName("trace");
        String agent = context.randomName("shop-app") + "/2.1";
        Response echo = api.gateway(alice, Request.get("/api/echo/whoami")
                .header("X-Request-Id", requestId)
                .header("Accept-Language", "de-CH")
                .header("User-Agent", agent));
        if (echo.status() != 200) {
            return CheckResult.fail("GET /api/echo/whoami through the gateway answered " + echo.status() + ".");
        }
        JsonNode headers = Api.json(echo).path("headers");
        boolean traced = header(headers, "X-Request-Id").contains(requestId);
        boolean language = header(headers, "Accept-Language").contains("de-CH");
        boolean named = header(headers, "User-Agent").contains(agent);
        if (!traced || !language || !named) {
            return CheckResult.fail("The gateway no longer forwards the client's " + (!traced ? "X-Request-Id" : !language ? "Accept-Language" : "User-Agent")
                    + " header to the backends; only the identity headers are the gateway's to decide.");
        }
        Response orders = api.gateway(alice, Request.get("/api/orders").header("X-Request-Id", requestId));
        return CheckResult.passIf(orders.status() == 200,
                "The gateway forwards the client's ordinary headers, and requests with them still work.",
                "GET /api/orders with an X-Request-Id header answered " + orders.status() + ".");
    }

    /** The values the echo service received for a header, whatever the case of its name. */
    private static String header(JsonNode headers, String name) {
        for (var header : headers.properties()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue().toString();
            }
        }
        return "";
    }
}
