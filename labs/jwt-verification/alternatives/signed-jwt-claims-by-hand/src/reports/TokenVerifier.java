package reports;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Turns the bearer token of a request into the caller it identifies. */
public class TokenVerifier {

    /** How far the clocks of the login service and this one may disagree. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final MACVerifier verifier;
    private final String issuer;
    private final String audience;

    /**
     * @param signingKey the HMAC key Acme's login service signs its tokens with (HS256)
     * @param issuer     the issuer the tokens must name
     * @param audience   the application the tokens must be issued for: this one
     */
    public TokenVerifier(byte[] signingKey, String issuer, String audience) {
        try {
            this.verifier = new MACVerifier(signingKey);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable signing key", e);
        }
        this.issuer = issuer;
        this.audience = audience;
    }

    /**
     * The caller a bearer token identifies.
     *
     * @throws InvalidTokenException if the token must not be accepted
     */
    public Caller verify(String token) throws InvalidTokenException {
        try {
            // SignedJWT.parse refuses unsigned tokens; the algorithm is ours, compared exactly, before the signature.
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                throw new InvalidTokenException("not signed by Acme with HS256");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            List<String> audiences = claims.getAudience();
            if (audiences == null || !audiences.contains(audience)) {
                throw new InvalidTokenException("token for another application");
            }
            if (!issuer.equals(claims.getIssuer())) {
                throw new InvalidTokenException("token from another issuer");
            }
            // exp is required: a token without one would be a credential for ever.
            Date expiry = claims.getExpirationTime();
            if (expiry == null || expiry.toInstant().plus(CLOCK_SKEW).isBefore(Instant.now())) {
                throw new InvalidTokenException("expired token");
            }
            String username = claims.getSubject();
            String role = claims.getStringClaim("role");
            if (username == null || role == null) {
                throw new InvalidTokenException("the token names no user or role");
            }
            return new Caller(username, role);
        } catch (ParseException | JOSEException e) {
            throw new InvalidTokenException("rejected token: " + e.getMessage(), e);
        }
    }
}
