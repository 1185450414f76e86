package gateway;

import com.sun.net.httpserver.Headers;
import dev.fixpoint.lab.ServiceContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The headers the gateway sends to a backend with a request it forwards: the client's own headers (request
 * ids for tracing, Accept-Language, content negotiation) and who the authenticated user is, signed so that
 * the backend can tell the gateway wrote it.
 */
public class IdentityForwarding {

    static final String USER_ID = "X-User-Id";
    static final String TIMESTAMP = "X-Identity-Timestamp";
    static final String SIGNATURE = "X-Identity-Signature";

    /** Hop-by-hop headers, and the user's token: backends never see the user's credentials. */
    private static final Set<String> NOT_FORWARDED = Set.of("authorization", "connection", "keep-alive", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    private final SecretKeySpec key;
    private final Clock clock = Clock.systemUTC();

    public IdentityForwarding(ServiceContext context) {
        key = new SecretKeySpec(context.secret("identity-signing-key").getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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
            boolean identity = lower.equals("x-user-id") || lower.startsWith("x-identity-");
            if (!identity && !NOT_FORWARDED.contains(lower)) {
                forwarded.put(name, new ArrayList<>(values));
            }
        });
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        forwarded.set(USER_ID, userId);
        forwarded.set(TIMESTAMP, timestamp);
        forwarded.set(SIGNATURE, sign(userId, timestamp));
        return forwarded;
    }

    /** HMAC-SHA256 over who the user is and when the gateway vouched for them. */
    private String sign(String userId, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signature = mac.doFinal(String.join("\n", userId, timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
