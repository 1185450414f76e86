package orders;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.fixpoint.lab.ServiceContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Which user a request to the orders service acts for: the user the gateway vouches for, with an HMAC only
 * the gateway (which holds the shared identity-signing-key) can compute.
 */
public class CallerIdentity {

    /** How old a signed identity may be, in seconds; the gateway signs each request as it forwards it. */
    private static final long MAX_AGE_SECONDS = 30;

    private final SecretKeySpec key;
    private final Clock clock = Clock.systemUTC();

    public CallerIdentity(ServiceContext context) {
        key = new SecretKeySpec(context.secret("identity-signing-key").getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The user the request acts for, or empty to answer 401. */
    public Optional<String> userId(HttpExchange exchange) {
        Headers headers = exchange.getRequestHeaders();
        String userId = single(headers, "X-User-Id");
        String timestamp = single(headers, "X-Identity-Timestamp");
        String signature = single(headers, "X-Identity-Signature");
        if (userId == null || timestamp == null || signature == null) {
            return Optional.empty();
        }
        long signedAt;
        try {
            signedAt = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (Math.abs(clock.instant().getEpochSecond() - signedAt) > MAX_AGE_SECONDS) {
            return Optional.empty();
        }
        // The signature covers this request's method and path: identity headers made for another request,
        // another user or another backend do not verify.
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        byte[] expected = sign(method, path, userId, timestamp).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(userId);
    }

    /** The header's value if it was sent exactly once (in any case of its name), otherwise null. */
    private static String single(Headers headers, String name) {
        List<String> values = headers.get(name);
        return values != null && values.size() == 1 ? values.get(0) : null;
    }

    private String sign(String method, String path, String userId, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signature = mac.doFinal(String.join("\n", method, path, userId, timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
