package reports;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * Acme's reporting application. Every request carries an access token from Acme's login service
 * ({@code Authorization: Bearer <token>}); administrators also see the board reports.
 */
public class ReportsService implements LabService {

    /** Who issues the tokens this service accepts, and the audience they must be issued for. */
    static final String ISSUER = "https://login.acme.test";
    static final String AUDIENCE = "reports";

    /** A handler for callers whose token the verifier accepted. */
    private interface Authenticated {
        Answer handle(Caller caller);
    }

    private TokenVerifier verifier;

    @Override
    public Router start(ServiceContext context) throws Exception {
        // Every Acme service shares one HMAC key, derived from the configured passphrase.
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest(context.secret("token-signing-passphrase").getBytes(StandardCharsets.UTF_8));
        verifier = new TokenVerifier(key, ISSUER, AUDIENCE);
        List<Map<String, String>> boardReports = List.of(
                Map.of("title", "Q3 results (board only)", "body", context.secret("board-report")),
                Map.of("title", "Acquisition shortlist", "body", "Three candidates, see the data room."));
        return new Router()
                .get("/me", authenticated(caller -> Answer.json(200, "username", caller.username(), "role", caller.role())))
                .get("/admin/reports", authenticated(caller -> {
                    if (!caller.isAdmin()) {
                        throw HttpError.forbidden("administrators only");
                    }
                    return Answer.json(200, "reports", boardReports);
                }));
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
