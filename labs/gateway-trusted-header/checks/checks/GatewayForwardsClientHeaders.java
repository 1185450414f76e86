package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.Map;

/**
 * The backends still get the client's ordinary headers: the request id used for tracing, the language, and the
 * client's name in User-Agent (a name with "user" in it that a too-wide identity filter drops).
 */
public class GatewayForwardsClientHeaders implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        User alice = api.signUp("alice");
        String requestId = context.randomName("trace");
        String agent = context.randomName("shop-app") + "/2.1";
        Reply echo = api.gateway(alice).get("/api/echo/whoami")
                .header("X-Request-Id", requestId)
                .header("Accept-Language", "de-CH")
                .header("User-Agent", agent)
                .send();
        if (echo.status() != 200) {
            return CheckResult.fail("GET /api/echo/whoami through the gateway answered " + echo.status() + ".");
        }
        Json headers = echo.json().get("headers");
        boolean traced = header(headers, "X-Request-Id").contains(requestId);
        boolean language = header(headers, "Accept-Language").contains("de-CH");
        boolean named = header(headers, "User-Agent").contains(agent);
        if (!traced || !language || !named) {
            return CheckResult.fail("The gateway no longer forwards the client's " + (!traced ? "X-Request-Id" : !language ? "Accept-Language" : "User-Agent")
                    + " header to the backends; only the identity headers are the gateway's to decide.");
        }
        Reply orders = api.gateway(alice).get("/api/orders").header("X-Request-Id", requestId).send();
        return CheckResult.passIf(orders.status() == 200,
                "The gateway forwards the client's ordinary headers, and requests with them still work.",
                "GET /api/orders with an X-Request-Id header answered " + orders.status() + ".");
    }

    /** The values the echo service received for a header, whatever the case of its name. */
    private static String header(Json headers, String name) {
        for (Map.Entry<String, Json> header : headers.fields().entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue().toString();
            }
        }
        return "";
    }
}
