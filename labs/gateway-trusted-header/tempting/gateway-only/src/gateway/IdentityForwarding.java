package gateway;

import com.sun.net.httpserver.Headers;
import dev.fixpoint.lab.ServiceContext;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * The headers the gateway sends to a backend with a request it forwards: the client's own headers (request
 * ids for tracing, Accept-Language, content negotiation) and who the authenticated user is.
 */
public class IdentityForwarding {

    /** Hop-by-hop headers, and the user's token: backends never see the user's credentials. */
    private static final Set<String> NOT_FORWARDED = Set.of("authorization", "connection", "keep-alive", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    public IdentityForwarding(ServiceContext context) {
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
            if (!lower.equals("x-user-id") && !NOT_FORWARDED.contains(lower)) {
                forwarded.put(name, new ArrayList<>(values));
            }
        });
        // The gateway's value replaces any the client sent: only the gateway says who the user is.
        forwarded.set("X-User-Id", userId);
        return forwarded;
    }
}
