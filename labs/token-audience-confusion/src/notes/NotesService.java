package notes;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Acme's notes application: every employee keeps notes here. Low risk, so it gets tokens from every employee,
 * and its plugins and request logs see them.
 */
public class NotesService implements LabService {

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Map<String, List<String>> notes = new ConcurrentHashMap<>();

    @Override
    public Router start(ServiceContext context) throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest(context.secret("token-signing-passphrase").getBytes(StandardCharsets.UTF_8));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(key)));
        return new Router()
                .get("/notes", request -> Answer.json(200, "owner", caller(request),
                        "notes", List.copyOf(notes.getOrDefault(caller(request), List.of()))))
                .post("/notes", request -> {
                    String text = request.json().get("text").text().orElseThrow(() -> HttpError.badRequest("text: a string"));
                    notes.computeIfAbsent(caller(request), owner -> new CopyOnWriteArrayList<>()).add(text);
                    return Answer.json(201, "saved", true);
                });
    }

    /** The employee a request's token names; 401 when it is missing, forged or expired. */
    private String caller(Incoming request) {
        try {
            return processor.process(request.bearer().orElseThrow(), null).getSubject();
        } catch (Exception e) {
            throw HttpError.unauthorized("invalid or missing access token");
        }
    }
}
