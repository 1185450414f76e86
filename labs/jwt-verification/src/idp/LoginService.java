package idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * Acme's login service: checks a username and password and issues an access token for one of the
 * company's applications (its "audience"). A user's role differs from application to application.
 */
public class LoginService implements LabService {

    /** The issuer every Acme access token names. */
    public static final String ISSUER = "https://login.acme.test";

    private static final long LIFETIME_SECONDS = 900;

    /** A user account: the password and the user's role in each application it may use. */
    private record Account(String password, Map<String, String> roles) {
    }

    private Map<String, Account> accounts;
    private MACSigner signer;

    @Override
    public Router start(ServiceContext context) throws Exception {
        // Every Acme service shares one HMAC key, derived from the configured passphrase.
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest(context.secret("token-signing-passphrase").getBytes(StandardCharsets.UTF_8));
        signer = new MACSigner(key);
        accounts = Map.of(
                "admin", new Account(context.secret("admin-password"), Map.of("reports", "admin", "billing", "admin")),
                // Alice runs the billing team: an administrator in billing, an analyst in reports.
                "alice", new Account(context.secret("alice-password"), Map.of("reports", "analyst", "billing", "admin")));
        return new Router().post("/login", this::login);
    }

    private Answer login(Incoming request) throws JOSEException {
        Json body = request.json();
        String username = body.get("username").text("");
        String audience = body.get("audience").text("");
        Account account = accounts.get(username);
        if (account == null || !MessageDigest.isEqual(account.password().getBytes(StandardCharsets.UTF_8),
                body.get("password").text("").getBytes(StandardCharsets.UTF_8))) {
            throw HttpError.unauthorized("wrong username or password");
        }
        String role = account.roles().get(audience);
        if (role == null) {
            throw HttpError.forbidden("no access to '" + audience + "'");
        }
        return Answer.json(200, "access_token", issue(username, audience, role), "token_type", "Bearer",
                "expires_in", LIFETIME_SECONDS);
    }

    private String issue(String username, String audience, String role) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(username)
                .audience(audience)
                .claim("role", role)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(LIFETIME_SECONDS)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        token.sign(signer);
        return token.serialize();
    }
}
