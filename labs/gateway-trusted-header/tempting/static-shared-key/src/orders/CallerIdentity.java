package orders;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.fixpoint.lab.ServiceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/** Which user a request to the orders service acts for: the one named by a request that carries the gateway's key. */
public class CallerIdentity {

    private final byte[] gatewayKey;

    public CallerIdentity(ServiceContext context) {
        gatewayKey = context.secret("identity-signing-key").getBytes(StandardCharsets.UTF_8);
    }

    /** The user the request acts for, or empty to answer 401. */
    public Optional<String> userId(HttpExchange exchange) {
        Headers headers = exchange.getRequestHeaders();
        String userId = single(headers, "X-User-Id");
        String key = single(headers, "X-Gateway-Key");
        // Only the gateway holds the key: a request without it did not come through the gateway.
        if (userId == null || key == null || !MessageDigest.isEqual(gatewayKey, key.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(userId);
    }

    /** The header's value if it was sent exactly once, otherwise null. */
    private static String single(Headers headers, String name) {
        List<String> values = headers.get(name);
        return values != null && values.size() == 1 ? values.get(0) : null;
    }
}
