package reports;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;

/** Turns the bearer token of a request into the caller it identifies. */
public class TokenVerifier {

    private final byte[] signingKey;
    private final String issuer;
    private final String audience;

    /**
     * @param signingKey the HMAC key Acme's login service signs its tokens with (HS256)
     * @param issuer     the issuer the tokens must name
     * @param audience   the application the tokens must be issued for: this one
     */
    public TokenVerifier(byte[] signingKey, String issuer, String audience) {
        this.signingKey = signingKey.clone();
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
            // Requests reach us through the API gateway, which has already checked the token,
            // so all that is left to do is to read who the caller is.
            // Only a token signed with Acme's key is believed.
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new MACVerifier(signingKey))) {
                throw new InvalidTokenException("bad signature");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer())) {
                throw new InvalidTokenException("token from another issuer: " + claims.getIssuer());
            }
            String username = claims.getSubject();
            String role = claims.getStringClaim("role");
            if (username == null || role == null) {
                throw new InvalidTokenException("the token names no user or role");
            }
            return new Caller(username, role);
        } catch (ParseException | JOSEException e) {
            throw new InvalidTokenException("malformed token", e);
        }
    }
}
