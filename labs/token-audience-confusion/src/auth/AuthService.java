package auth;

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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Acme's identity service. Employees log in and get an access token for one or more of the company's
 * applications (the token's audience). Every token names the employee's role in the company directory.
 * All tokens, for every application and from every realm, are signed with the one company key.
 */
public class AuthService implements LabService {

    /** The issuer of the production realm. */
    public static final String ISSUER = "https://auth.acme.test";
    /** The issuer of the sandbox realm, where developers try their integrations with made-up roles. */
    public static final String SANDBOX_ISSUER = "https://auth.acme.test/sandbox";

    private static final long LIFETIME_SECONDS = 900;

    /** Which applications each directory role may get tokens for. */
    private static final Map<String, Set<String>> AUDIENCES = Map.of(
            "employee", Set.of("notes", "calendar"),
            "hr", Set.of("notes", "calendar", "payroll"));

    private record Employee(String password, String role) {
    }

    private Map<String, Employee> directory;
    private MACSigner signer;

    @Override
    public Router start(ServiceContext context) throws Exception {
        // One HMAC key for the whole company, derived from the configured passphrase.
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest(context.secret("token-signing-passphrase").getBytes(StandardCharsets.UTF_8));
        signer = new MACSigner(key);
        directory = Map.of(
                "hana", new Employee(context.secret("hana-password"), "hr"),
                "erin", new Employee(context.secret("erin-password"), "employee"));
        return new Router()
                .post("/login", this::login)
                .post("/sandbox/login", this::sandboxLogin);
    }

    /** {@code {username, password, audience}}: a token for the applications named, if the employee may use them all. */
    private Answer login(Incoming request) throws JOSEException {
        Json body = request.json();
        String username = body.get("username").text("");
        Employee employee = authenticate(username, body.get("password").text(""));
        List<String> audiences = audiences(body.get("audience"));
        for (String audience : audiences) {
            if (!AUDIENCES.get(employee.role()).contains(audience)) {
                throw HttpError.forbidden("no access to '" + audience + "'");
            }
        }
        return token(ISSUER, username, audiences, employee.role());
    }

    /** The sandbox realm: any employee, any application, any role they want to try; its own issuer. */
    private Answer sandboxLogin(Incoming request) throws JOSEException {
        Json body = request.json();
        String username = body.get("username").text("");
        authenticate(username, body.get("password").text(""));
        String role = body.get("role").text().orElseThrow(() -> HttpError.badRequest("role: a string"));
        return token(SANDBOX_ISSUER, username, audiences(body.get("audience")), role);
    }

    private Employee authenticate(String username, String password) {
        Employee employee = directory.get(username);
        if (employee == null || !MessageDigest.isEqual(employee.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8))) {
            throw HttpError.unauthorized("wrong username or password");
        }
        return employee;
    }

    /** The audience asked for: one application's name, or a list of them. */
    private static List<String> audiences(Json audience) {
        List<String> names = new ArrayList<>();
        if (audience.kind() == Json.Kind.ARRAY) {
            for (Json item : audience.items()) {
                names.add(item.text().orElseThrow(() -> HttpError.badRequest("audience: application names")));
            }
        } else {
            names.add(audience.text().orElseThrow(() -> HttpError.badRequest("audience: an application's name or a list of them")));
        }
        if (names.isEmpty()) {
            throw HttpError.badRequest("audience: at least one application");
        }
        return names;
    }

    private Answer token(String issuer, String username, List<String> audiences, String role) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(username)
                .audience(audiences)
                .claim("role", role)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(LIFETIME_SECONDS)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        token.sign(signer);
        return Answer.json(200, "access_token", token.serialize(), "token_type", "Bearer", "expires_in", LIFETIME_SECONDS);
    }
}
