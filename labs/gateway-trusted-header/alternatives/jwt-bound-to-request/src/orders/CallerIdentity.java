package orders;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import dev.fixpoint.lab.ServiceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Which user a request to the orders service acts for: the subject of the gateway's JWT, if the token is signed
 * with the shared key, unexpired, and made for this service and this very request. X-User-Id is never read.
 */
public class CallerIdentity {

    private final MACVerifier verifier;

    public CallerIdentity(ServiceContext context) {
        try {
            // The gateway signs with the SHA-256 of the shared secret (HS256 wants 256 bits).
            byte[] key = MessageDigest.getInstance("SHA-256")
                    .digest(context.secret("identity-signing-key").getBytes(StandardCharsets.UTF_8));
            verifier = new MACVerifier(key);
        } catch (NoSuchAlgorithmException | JOSEException e) {
            throw new IllegalStateException("cannot set up HS256", e);
        }
    }

    /** The user the request acts for, or empty to answer 401. */
    public Optional<String> userId(HttpExchange exchange) {
        List<String> tokens = exchange.getRequestHeaders().get("X-Identity-Token");
        if (tokens == null || tokens.size() != 1) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(tokens.get(0));
            // Only the algorithm the gateway uses: a token naming another (or none) is refused before anything is read.
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            boolean forThisRequest = claims.getAudience().equals(List.of("orders"))
                    && exchange.getRequestMethod().equals(claims.getStringClaim("htm"))
                    && exchange.getRequestURI().getRawPath().equals(claims.getStringClaim("htu"));
            String subject = claims.getSubject();
            if (expires == null || !expires.after(new Date()) || !forThisRequest || subject == null || subject.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(subject);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
