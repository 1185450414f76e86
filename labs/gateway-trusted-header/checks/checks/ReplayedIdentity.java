package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A foothold on another backend behind the gateway (the echo service stands in for it) sees the headers the
 * gateway sends with each request, whatever proof of identity they carry, and replays them to the orders
 * service. Param {@code mode}:
 * <ul>
 *   <li>{@code swap-user}: Mallory's own forwarded headers, with the user id changed to Alice's;</li>
 *   <li>{@code duplicate-user}: Mallory's own forwarded headers, with a second user id header naming Alice in front;</li>
 *   <li>{@code other-backend}: Alice's forwarded headers, as the other backend received them, sent to orders as they are.</li>
 * </ul>
 */
public class ReplayedIdentity implements Check {

    /** Headers that describe one HTTP connection, not the request; the client sets its own. */
    private static final Set<String> TRANSPORT = Set.of("host", "connection", "content-length", "transfer-encoding", "upgrade",
            "http2-settings", "keep-alive", "te", "expect");

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        String note = context.randomName("alice-private-note");
        String mode = context.param("mode");
        Map<String, String> headers = new LinkedHashMap<>();
        String aliceId;
        try {
            Api.Account alice = api.newUser("alice");
            aliceId = alice.userId();
            api.createOrder(alice, "Noise-cancelling headphones", note);
            switch (mode) {
                case "swap-user" -> forwardedHeaders(api, context, api.newUser("mallory")).forEach((name, value) ->
                        headers.put(name, name.equalsIgnoreCase("X-User-Id") ? aliceId : value));
                case "duplicate-user" -> {
                    headers.put("x-user-id", aliceId);
                    headers.putAll(forwardedHeaders(api, context, api.newUser("mallory")));
                }
                case "other-backend" -> headers.putAll(forwardedHeaders(api, context, alice));
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        } catch (Api.SetupFailed e) {
            return CheckResult.pass("The attack could not be set up (" + e.getMessage() + "); the functional checks report why.");
        }
        Request request = Request.get("/orders");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request = request.header(header.getKey(), header.getValue());
        }
        Response response = api.orders(request);
        String failure = switch (mode) {
            case "swap-user" -> "Mallory took the headers the gateway forwards with her own requests, changed the user id to "
                    + aliceId + " and read Alice's orders: whatever proves the identity must cover the user id.";
            case "duplicate-user" -> "Mallory sent the headers the gateway forwards with her own requests plus a second user id header naming "
                    + aliceId + ", and read Alice's orders: a request with two identities must be refused.";
            default -> "Headers the gateway sent with Alice's request to another backend, replayed to the orders service, read Alice's orders:"
                    + " a proof of identity must be bound to the request it was made for.";
        };
        return CheckResult.passIf(!response.body().contains(note),
                "The replayed identity did not read Alice's orders (status " + response.status() + ").", failure);
    }

    /**
     * The headers the gateway forwards to a backend with this user's request, as the echo service behind the
     * gateway received them (first value of each), without the transport headers.
     */
    private static Map<String, String> forwardedHeaders(Api api, CheckContext context, Api.Account user) throws Api.SetupFailed, IOException {
        Response echo = api.gateway(user, Request.get("/api/echo/" + context.randomName("page")));
        JsonNode headers = echo.status() == 200 ? Api.json(echo).path("headers") : null;
        if (headers == null || !headers.isObject()) {
            throw new Api.SetupFailed("GET /api/echo through the gateway answered " + echo.status());
        }
        Map<String, String> forwarded = new LinkedHashMap<>();
        headers.properties().forEach(header -> {
            if (!TRANSPORT.contains(header.getKey().toLowerCase(Locale.ROOT)) && header.getValue().size() > 0) {
                forwarded.put(header.getKey(), header.getValue().get(0).asText());
            }
        });
        return forwarded;
    }
}
