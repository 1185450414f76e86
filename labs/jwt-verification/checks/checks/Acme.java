package checks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;

/** Logging in at Acme's login service, calling the reports service with a token, and building tokens, as the checks do. */
final class Acme {

    static final String ISSUER = "https://login.acme.test";

    private Acme() {
    }

    /**
     * The access token the login service issues the user for the audience.
     *
     * @throws SetupFailedException when the login service issues none
     */
    static String login(CheckContext context, String username, String passwordSecret, String audience) throws SetupFailedException {
        String step = "logging " + username + " in for " + audience;
        return Client.of(context, "login").post("/login")
                .json("username", username, "password", context.secret(passwordSecret), "audience", audience)
                .expect(step, 200).need(step, "access_token").text().filter(token -> !token.isEmpty())
                .orElseThrow(() -> new SetupFailedException(step + ": the access_token is not a token"));
    }

    static Reply me(CheckContext context, String token) {
        return Client.of(context, "reports").as(Session.bearer(token)).get("/me").send();
    }

    static Reply adminReports(CheckContext context, String token) {
        return Client.of(context, "reports").as(Session.bearer(token)).get("/admin/reports").send();
    }

    /** Whether a reply reveals the board report that only administrators may read. */
    static boolean leaksBoardReport(CheckContext context, Reply reply) {
        return new Canary(context.secret("board-report")).foundIn(reply);
    }

    /** The HMAC key Acme's services share, derived from the per-run passphrase as the services derive it. */
    static byte[] signingKey(CheckContext context) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256")
                .digest(context.secret("token-signing-passphrase").getBytes(StandardCharsets.UTF_8));
    }

    /** The claims of a token for the reports service that is valid for the next ten minutes. */
    static JWTClaimsSet.Builder claims(String subject, String role) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .audience("reports")
                .claim("role", role)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)));
    }

    /** Signs claims with HS256 and the given key. */
    static String sign(JWTClaimsSet claims, byte[] key) throws JOSEException {
        return sign(JWSAlgorithm.HS256, claims, key);
    }

    /** Signs claims with an HMAC algorithm and the given key. */
    static String sign(JWSAlgorithm algorithm, JWTClaimsSet claims, byte[] key) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims);
        token.sign(new MACSigner(key));
        return token.serialize();
    }
}
