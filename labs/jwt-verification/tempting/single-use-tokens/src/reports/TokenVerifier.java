package reports;

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
import java.util.concurrent.ConcurrentHashMap;

/** Turns the bearer token of a request into the caller it identifies. */
public class TokenVerifier {

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Set<String> usedTokenIds = ConcurrentHashMap.newKeySet();

    /**
     * @param signingKey the HMAC key Acme's login service signs its tokens with (HS256)
     * @param issuer     the issuer the tokens must name
     * @param audience   the application the tokens must be issued for: this one
     */
    public TokenVerifier(byte[] signingKey, String issuer, String audience) {
        // Only HS256 with our key: unsigned tokens (alg "none") and any other algorithm are refused
        // before a claim is read.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(signingKey)));
        // Then the claims: issued by Acme's login service, for this application, not expired (exp is
        // required, so a token without it is refused too), and naming a user and a role.
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
            // A token replayed by someone who copied it is refused: each token id is let in once.
            if (claims.getJWTID() == null || !usedTokenIds.add(claims.getJWTID())) {
                throw new InvalidTokenException("token already used");
            }
            String role = claims.getStringClaim("role");
            return new Caller(claims.getSubject(), role);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("rejected token: " + e.getMessage(), e);
        }
    }
}
