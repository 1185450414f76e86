package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser on the portal's public forms (it takes the CSRF token from the login page, with the session cookie it
 * belongs to), and the operator's view of the audit trail.
 */
final class Portal {

    static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final CheckContext context;
    private final Client client;
    private Session session = Session.NONE;
    private String csrf;

    Portal(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "portal");
    }

    /** Opens the login page for its CSRF token and session cookie. */
    private String token() throws SetupFailedException {
        if (csrf == null) {
            Reply page = client.get("/login").header("User-Agent", AGENT).expect("opening the login page", 200);
            session = Session.cookies(page).orElse(Session.NONE);
            Matcher input = CSRF.matcher(page.body());
            Matcher value = input.find() ? VALUE.matcher(input.group()) : null;
            if (value == null || !value.find()) {
                throw new SetupFailedException("opening the login page: GET /login has no _csrf field");
            }
            csrf = value.group(1);
        }
        return csrf;
    }

    /** Posts the login form; true when it signed in (a redirect that is not back to the login page). */
    boolean signIn(String username, String password, String agent) throws SetupFailedException {
        String token = token();
        Reply reply = client.post("/login").as(session).header("User-Agent", agent)
                .form("username", username, "password", password, "_csrf", token).send();
        String location = reply.header("Location").orElse("");
        csrf = null;
        if (reply.status() != 302) {
            throw new SetupFailedException("posting the login form: POST /login answered " + reply.status());
        }
        return !location.contains("/login");
    }

    /** Asks for a password reset for {@code username}, as the "forgot your password?" form does. */
    Reply requestReset(String username, String agent) throws SetupFailedException {
        String token = token();
        return client.post("/password-reset").as(session).header("User-Agent", agent)
                .form("username", username, "_csrf", token).send().expect("asking for a password reset", 202);
    }

    /** Uses a reset link's token; true when it set the new password. */
    boolean confirmReset(String token, String password) throws SetupFailedException {
        String csrfToken = token();
        Reply reply = client.post("/password-reset/confirm").as(session).form("token", token, "password", password, "_csrf", csrfToken).send();
        return reply.status() == 204;
    }

    /** The audit trail's lines as the operators' view shows them. */
    List<String> audit() throws SetupFailedException {
        String basic = Base64.getEncoder().encodeToString(("ops:" + context.secret("ops-password")).getBytes(StandardCharsets.UTF_8));
        Json lines = client.get("/ops/audit").header("Authorization", "Basic " + basic)
                .expect("reading the audit trail as the operator", 200).need("reading the audit trail as the operator", "lines");
        List<String> text = new ArrayList<>();
        for (Json line : lines.items()) {
            text.add(line.text(""));
        }
        return text;
    }

    /** The lines of {@code after} that {@code before} did not have (the trail only grows). */
    static List<String> added(List<String> before, List<String> after) {
        List<String> remaining = new ArrayList<>(before);
        List<String> added = new ArrayList<>();
        for (String line : after) {
            if (!remaining.remove(line)) {
                added.add(line);
            }
        }
        return added;
    }

    /** The operators' delivery log. */
    Json deliveries() throws SetupFailedException {
        String basic = Base64.getEncoder().encodeToString(("ops:" + context.secret("ops-password")).getBytes(StandardCharsets.UTF_8));
        return client.get("/ops/deliveries").header("Authorization", "Basic " + basic)
                .expect("reading the delivery log as the operator", 200).json();
    }
}
