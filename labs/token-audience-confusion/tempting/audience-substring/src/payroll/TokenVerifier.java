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

        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                (String) null, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "role")));
    }

    public Caller verify(String token) throws InvalidTokenException {
        try {
            JWTClaimsSet claims = processor.process(token, null);

            // aud may be a string or a list: look for our name in either.
            if (!String.valueOf(claims.getClaim("aud")).contains(audience)) {
                throw new InvalidTokenException("not a payroll token");
            }
            return new Caller(claims.getSubject(), claims.getStringClaim("role"));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("rejected token: " + e.getMessage(), e);
        }
    }
}

