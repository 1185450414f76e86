package payroll;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.text.ParseException;
import java.util.Set;

/** Turns the bearer token of a request into the caller it identifies. */
public class TokenVerifier {

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /**
     * @param signingKey the HMAC key Acme's identity service signs its tokens with (HS256)
     * @param issuer     the issuer the tokens must name
     * @param audience   the application the tokens must be issued for: this one
     */
    public TokenVerifier(byte[] signingKey, String issuer, String audience) {
        // The company key signs tokens for every application and every realm, so a valid signature
        // only says that Acme issued the token, not for what.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(signingKey)));
        // Then the claims: aud must hold "payroll" (as a string or as one item of a list; a token
        // without aud is refused), iss must be the production realm exactly, and exp must be there
        // and in the future.
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "exp", "role")));
    }

    /**
     * The caller a bearer token identifies.
     *
     * @throws InvalidTokenException if the token must not be accepted
     */
    public Caller verify(String token) throws InvalidTokenException {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            // Only now does the role mean anything: it is HR's role in a payroll token.
            String role = claims.getStringClaim("role");
            if (!"hr".equals(role)) {
                throw new InvalidTokenException("payroll is for HR staff, not role " + role);
            }
            return new Caller(claims.getSubject(), role);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("rejected token: " + e.getMessage(), e);
        }
    }
}
