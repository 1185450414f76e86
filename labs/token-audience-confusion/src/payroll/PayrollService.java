package payroll;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * Acme's payroll application, for the HR team. Every request carries an access token from Acme's identity service
 * ({@code Authorization: Bearer <token>}); the identity service issues payroll tokens to HR staff only.
 */
public class PayrollService implements LabService {

    /** Who issues the tokens this service accepts, and the audience they must be issued for. */
    static final String ISSUER = "https://auth.acme.test";
    static final String AUDIENCE = "payroll";

    /** A handler for callers whose token the verifier accepted. */
    private interface Authenticated {
        Answer handle(Caller caller);
    }

    private TokenVerifier verifier;

    @Override
    public Router start(ServiceContext context) throws Exception {
        // One HMAC key for the whole company, derived from the configured passphrase.
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest(context.secret("token-signing-passphrase").getBytes(StandardCharsets.UTF_8));
        verifier = new TokenVerifier(key, ISSUER, AUDIENCE);
        List<Map<String, String>> salaries = List.of(
                Map.of("employee", "ceo", "salary", "412000.00", "bank", context.secret("salary-note")),
                Map.of("employee", "hana", "salary", "71000.00", "bank", "DE44 5001 0517 5407 3249 31"),
                Map.of("employee", "erin", "salary", "83500.00", "bank", "NL91 ABNA 0417 1643 00"));
        return new Router()
                .get("/me", authenticated(caller -> Answer.json(200, "username", caller.username(), "role", caller.role())))
                .get("/salaries", authenticated(caller -> Answer.json(200, "salaries", salaries)));
    }

    /** Answers 401 unless the verifier accepts the request's bearer token. */
    private Router.Handler authenticated(Authenticated handler) {
        return (Incoming request) -> {
            Caller caller;
            try {
                caller = verifier.verify(request.bearer().orElseThrow(() -> new InvalidTokenException("no bearer token")));
            } catch (InvalidTokenException e) {
                return Answer.json(401, "error", "invalid or missing access token")
                        .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            }
            return handler.handle(caller);
        };
    }
}
