package reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Turns the bearer token of a request into the caller it identifies. */
public class TokenVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

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
            String[] parts = token.split("\\.");
            if (parts.length != 3) {
                throw new InvalidTokenException("not a signed token");
            }
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            String algorithm = header.path("alg").asText();
            // Unsigned tokens are refused; Acme's HS256 signatures are checked with Acme's key.
            if (algorithm.equals("none")) {
                throw new InvalidTokenException("unsigned token");
            }
            if (algorithm.equals("HS256")) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
                byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
                if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                    throw new InvalidTokenException("bad signature");
                }
            }
            JWTClaimsSet claims = JWTParser.parse(token).getJWTClaimsSet();
            List<String> audiences = claims.getAudience();
            Date expiry = claims.getExpirationTime();
            if (!issuer.equals(claims.getIssuer()) || audiences == null || !audiences.contains(audience)
                    || expiry == null || expiry.before(new Date())) {
                throw new InvalidTokenException("token from another issuer, for another service, or expired");
            }
            String username = claims.getSubject();
            String role = claims.getStringClaim("role");
            if (username == null || role == null) {
                throw new InvalidTokenException("the token names no user or role");
            }
            return new Caller(username, role);
        } catch (IOException | IllegalArgumentException | ParseException | GeneralSecurityException e) {
            throw new InvalidTokenException("malformed token", e);
        }
    }
}
