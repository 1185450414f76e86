package payroll;

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

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final MACVerifier signature;
    private final String issuer;
    private final String audience;

    public TokenVerifier(byte[] signingKey, String issuer, String audience) {
        try {
            this.signature = new MACVerifier(signingKey);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable signing key", e);
        }
        this.issuer = issuer;
        this.audience = audience;
    }

    public Caller verify(String token) throws InvalidTokenException {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(signature)) {
                throw new InvalidTokenException("not signed with the company key");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            // getAudience() is a list whether aud was one string or an array: one item must be ours, exactly.
            List<String> audiences = claims.getAudience();
            if (!audiences.contains(audience)) {
                throw new InvalidTokenException("not issued for " + audience + ": " + audiences);
            }
            if (!issuer.equals(claims.getIssuer())) {
                throw new InvalidTokenException("not from the production realm: " + claims.getIssuer());
            }
            Date expiry = claims.getExpirationTime();
            if (expiry == null || expiry.toInstant().plus(CLOCK_SKEW).isBefore(Instant.now())) {
                throw new InvalidTokenException("expired or without expiry");
            }
            String role = claims.getStringClaim("role");
            if (claims.getSubject() == null || !"hr".equals(role)) {
                throw new InvalidTokenException("payroll is for HR staff");
            }
            return new Caller(claims.getSubject(), role);
        } catch (ParseException | JOSEException e) {
            throw new InvalidTokenException("rejected token: " + e.getMessage(), e);
        }
    }
}
