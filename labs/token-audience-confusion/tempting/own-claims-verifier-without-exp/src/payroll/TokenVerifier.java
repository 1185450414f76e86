package payroll;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.text.ParseException;
import java.util.List;
import java.util.Set;

/** Turns the bearer token of a request into the caller it identifies. */
public class TokenVerifier {

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String issuer;
    private final String audience;

    public TokenVerifier(byte[] signingKey, String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(signingKey)));

        // Our own claims verifier: the audience and the issuer must be ours.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            if (!claims.getAudience().contains(audience) || !issuer.equals(claims.getIssuer())) {
                throw new BadJWTException("not a payroll token from the production realm");
            }
        });
    }

    public Caller verify(String token) throws InvalidTokenException {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return new Caller(claims.getSubject(), claims.getStringClaim("role"));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("rejected token: " + e.getMessage(), e);
        }
    }
}

