package checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;

/** Logging in at Acme's login service, calling the reports service, and building tokens, as the checks do. */
final class Acme {

    static final String ISSUER = "https://login.acme.test";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Acme() {
    }

    /** Logs in and returns the access token, or null when the login service refuses. */
    static String login(CheckContext context, String username, String passwordSecret, String audience) throws IOException {
        ObjectNode body = JSON.createObjectNode()
                .put("username", username).put("password", context.secret(passwordSecret)).put("audience", audience);
        Response response = context.send("login", Request.postJson("/login", JSON.writeValueAsString(body)));
        if (response.status() != 200) {
            return null;
        }
        String token = JSON.readTree(response.body()).path("access_token").asText("");
        return token.isEmpty() ? null : token;
    }

    static Response me(CheckContext context, String token) {
        return context.send("reports", Request.get("/me").header("Authorization", "Bearer " + token));
    }

    static Response adminReports(CheckContext context, String token) {
        return context.send("reports", Request.get("/admin/reports").header("Authorization", "Bearer " + token));
    }

    /** The JSON body of a response, or an empty object when it is not JSON. */
    static JsonNode body(Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** Whether a response reveals the board report that only administrators may read. */
    static boolean leaksBoardReport(CheckContext context, Response response) {
        return response.body().contains(context.secret("board-report"));
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
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        token.sign(new MACSigner(key));
        return token.serialize();
    }
}
