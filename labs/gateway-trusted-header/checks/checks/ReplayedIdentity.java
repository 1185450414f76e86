package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

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
        Canary note = Canary.of(context, "alice-private-note");
        String mode = context.param("mode");
        User alice = api.signUp("alice");
        String aliceId = alice.name();
        api.createOrder(alice, "Noise-cancelling headphones", note.value());
        Map<String, String> headers = new LinkedHashMap<>();
        switch (mode) {
            case "swap-user" -> forwardedHeaders(api, context, api.signUp("mallory")).forEach((name, value) ->
                    headers.put(name, name.equalsIgnoreCase("X-User-Id") ? aliceId : value));
            case "duplicate-user" -> {
                headers.put("x-user-id", aliceId);
                headers.putAll(forwardedHeaders(api, context, api.signUp("mallory")));
            }
            case "other-backend" -> headers.putAll(forwardedHeaders(api, context, alice));
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }

        Call replay = api.orders.get("/orders");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            replay = replay.header(header.getKey(), header.getValue());
        }
        Reply reply = replay.send();
        String failure = switch (mode) {
            case "swap-user" -> "Mallory took the headers the gateway forwards with her own requests, changed the user id to "
                    + aliceId + " and read Alice's orders: whatever proves the identity must cover the user id.";
            case "duplicate-user" -> "Mallory sent the headers the gateway forwards with her own requests plus a second user id header naming "
                    + aliceId + ", and read Alice's orders: a request with two identities must be refused.";
            default -> "Headers the gateway sent with Alice's request to another backend, replayed to the orders service, read Alice's orders:"
                    + " a proof of identity must be bound to the request it was made for.";
        };
        return CheckResult.passIf(!note.foundIn(reply),
                "The replayed identity did not read Alice's orders (status " + reply.status() + ").", failure);
    }

    /**
     * The headers the gateway forwards to a backend with this user's request, as the echo service behind the
     * gateway received them (first value of each), without the transport headers.
     */
    private static Map<String, String> forwardedHeaders(Api api, CheckContext context, User user) throws SetupFailedException {
        String step = "reading the headers the gateway forwards for " + user.name();
        Json headers = api.gateway(user).get("/api/echo/{}", context.randomName("page")).expect(step, 200).need(step, "headers");
        if (headers.kind() != Json.Kind.OBJECT) {
            throw new SetupFailedException(step + ": the 'headers' field is not an object");
        }
        Map<String, String> forwarded = new LinkedHashMap<>();
        headers.fields().forEach((name, values) -> {
            if (!TRANSPORT.contains(name.toLowerCase(Locale.ROOT)) && !values.items().isEmpty()) {
                forwarded.put(name, values.get(0).text(""));
            }
        });
        return forwarded;
    }
}
