package gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.Headers;
import dev.fixpoint.lab.ServiceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Locale;
import java.util.Set;

/**
 * The headers the gateway sends to a backend with a request it forwards: the client's own headers (request
 * ids for tracing, Accept-Language, content negotiation) and who the authenticated user is, as a short-lived JWT
 * for this one request (its backend, method and path), signed with HS256.
 */
public class IdentityForwarding {

    static final String TOKEN = "X-Identity-Token";
    /** A forwarded request reaches its backend within a second or two; the token is useless after this. */
    private static final long LIFETIME_SECONDS = 30;

    /** Hop-by-hop headers, and the user's token: backends never see the user's credentials. */
    private static final Set<String> NOT_FORWARDED = Set.of("authorization", "connection", "keep-alive", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    private final MACSigner signer;

    public IdentityForwarding(ServiceContext context) {
        try {
            // HS256 wants a 256-bit key; the shared secret is shorter, so both sides use its SHA-256.
            byte[] key = MessageDigest.getInstance("SHA-256")
                    .digest(context.secret("identity-signing-key").getBytes(StandardCharsets.UTF_8));
            signer = new MACSigner(key);
        } catch (NoSuchAlgorithmException | JOSEException e) {
            throw new IllegalStateException("cannot set up HS256", e);
        }
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
            // Whatever a client sends under an identity header's name is dropped: only the gateway vouches for users.
            boolean identity = lower.equals("x-user-id") || lower.startsWith("x-identity-");
            if (!identity && !NOT_FORWARDED.contains(lower)) {
                forwarded.put(name, new ArrayList<>(values));
            }
        });
        forwarded.set(TOKEN, token(userId, method, path));
        return forwarded;
    }

    /** The user as subject, the backend (the path's first segment) as audience, and the request's method and path. */
    private String token(String userId, String method, String path) {
        Instant now = Instant.now();
        String backend = path.split("/", 3).length > 1 ? path.split("/", 3)[1] : "";
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("gateway")
                .subject(userId)
                .audience(backend)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(LIFETIME_SECONDS)))
                .claim("htm", method)
                .claim("htu", path)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the identity token", e);
        }
        return jwt.serialize();
    }
}
