package gateway;

import com.sun.net.httpserver.Headers;
import dev.fixpoint.lab.ServiceContext;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * The headers the gateway sends to a backend with a request it forwards: the client's own headers (request
 * ids for tracing, Accept-Language, content negotiation) and who the authenticated user is, with the
 * gateway's key so that the backend can tell the request came through the gateway.
 */
public class IdentityForwarding {

    static final String USER_ID = "X-User-Id";
    static final String GATEWAY_KEY = "X-Gateway-Key";

    /** Hop-by-hop headers, and the user's token: backends never see the user's credentials. */
    private static final Set<String> NOT_FORWARDED = Set.of("authorization", "connection", "keep-alive", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    private final String key;

    public IdentityForwarding(ServiceContext context) {
        key = context.secret("identity-signing-key");
    }

    /**
     * @param userId   the user the gateway authenticated from the bearer token
     * @param method   the request's method
     * @param path     the path the backend receives, such as {@code /orders/7}
     * @param incoming the headers the client sent
     */
    public Headers headersFor(String userId, String method, String path, Headers incoming) {
        Headers forwarded = new Headers();
        incoming.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            // Identity headers are the gateway's to write: whatever a client sends under these names, in any case, is dropped.
            boolean identity = lower.equals("x-user-id") || lower.equals("x-gateway-key");
            if (!identity && !NOT_FORWARDED.contains(lower)) {
                forwarded.put(name, new ArrayList<>(values));
            }
        });
        forwarded.set(USER_ID, userId);
        // Only the gateway knows the key, so a request that carries it came through the gateway.
        forwarded.set(GATEWAY_KEY, key);
        return forwarded;
    }
}
