package checks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
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
import java.util.Map;

/** Getting tokens from Acme's identity service, calling notes and payroll with them, and signing tokens, as the checks do. */
final class Acme {

    static final String ISSUER = "https://auth.acme.test";

    private Acme() {
    }

    /**
     * The token the identity service issues the employee for the audience (an application's name or a list of them).
     *
     * @throws SetupFailedException when it issues none
     */
    static String login(CheckContext context, String username, Object audience) throws SetupFailedException {
        return token(context, "/login", "logging " + username + " in for " + audience,
                "username", username, "password", context.secret(username + "-password"), "audience", audience);
    }

    /** A token from the identity service's sandbox realm, for any audience and role the employee asks for. */
    static String sandboxLogin(CheckContext context, String username, Object audience, String role) throws SetupFailedException {
        return token(context, "/sandbox/login", "logging " + username + " in to the sandbox realm for " + audience,
                "username", username, "password", context.secret(username + "-password"), "audience", audience, "role", role);
    }

    private static String token(CheckContext context, String path, String step, Object... body) throws SetupFailedException {
        return Client.of(context, "auth").post(path).json(body)
                .expect(step, 200).need(step, "access_token").text().filter(token -> !token.isEmpty())
                .orElseThrow(() -> new SetupFailedException(step + ": the access_token is not a token"));
    }

    static Reply salaries(CheckContext context, String token) {
        return Client.of(context, "payroll").as(Session.bearer(token)).get("/salaries").send();
    }

    /** Whether a reply reveals the CEO's bank details, which only HR may read. */
    static boolean leaksSalaries(CheckContext context, Reply reply) {
        return new Canary(context.secret("salary-note")).foundIn(reply);
    }

    /** The HMAC key the whole company signs with, derived from the per-run passphrase as the services derive it. */
    static byte[] signingKey(CheckContext context) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256")
                .digest(context.secret("token-signing-passphrase").getBytes(StandardCharsets.UTF_8));
    }

    /** The claims of a production-realm token for an HR employee, valid for the next ten minutes, without an audience. */
    static JWTClaimsSet.Builder hrClaims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .claim("role", "hr")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)));
    }

    /**
     * Signs a token with the company key (HS256), its aud written exactly as given: a string, a list, or left out
     * when {@code audience} is null.
     */
    static String sign(CheckContext context, JWTClaimsSet claims, Object audience) throws JOSEException, NoSuchAlgorithmException {
        Map<String, Object> payload = claims.toJSONObject();
        payload.remove("aud");
        if (audience != null) {
            payload.put("aud", audience);
        }
        JWSObject token = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), new Payload(payload));
        token.sign(new MACSigner(signingKey(context)));
        return token.serialize();
    }
}
