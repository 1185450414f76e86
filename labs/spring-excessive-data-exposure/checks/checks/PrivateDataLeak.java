package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends GET {@code path} (param; as the member {@code user} when that param is set) and looks in the answer for what must
 * never leave the server: the demo members' planted contact details and MFA secrets (per-run values; those named in
 * {@code own}, comma-separated, are the caller's own and may appear), a bcrypt hash, and any field named after a
 * password, an MFA secret or a fraud score.
 */
public class PrivateDataLeak implements Check {

    /** The per-run values planted in the demo members' private columns, and what each one is. */
    private static final Map<String, String> PLANTED = Map.of(
            "hana-email", "Hana's e-mail address",
            "hana-mfa-secret", "Hana's MFA secret",
            "omar-address", "Omar's street address",
            "omar-mfa-secret", "Omar's MFA secret");
    private static final List<String> PRIVATE_FIELDS = List.of("password", "mfa", "fraud");

    @Override
    public CheckResult run(CheckContext context) {
        String path = context.param("path");
        String user = context.params().get("user");
        List<String> own = List.of(context.params().getOrDefault("own", "").split(","));
        Client client = user == null ? Market.anonymous(context) : Market.as(context, user);
        Reply reply = client.get(path).send();

        List<String> leaks = new ArrayList<>();
        PLANTED.forEach((secret, what) -> {
            if (!own.contains(secret) && reply.contains(context.secret(secret))) {
                leaks.add(what);
            }
        });
        if (reply.body().contains("$2a$") || reply.body().contains("$2b$") || reply.body().contains("$2y$")) {
            leaks.add("a bcrypt password hash");
        }
        fieldNames(reply.json(), leaks);
        String who = user == null ? "an anonymous client" : user + "'s credentials";
        return CheckResult.passIf(leaks.isEmpty(),
                "GET " + path + " with " + who + " answered " + reply.status() + " without private data.",
                "GET " + path + " with " + who + " answered " + reply.status() + " with " + String.join(", ", leaks)
                        + ": the answer serialises the member entity, every column of it.");
    }

    /** Adds each JSON field, at any depth, whose name says it holds a password, an MFA secret or a fraud score. */
    private static void fieldNames(Json json, List<String> leaks) {
        for (Map.Entry<String, Json> field : json.fields().entrySet()) {
            String name = field.getKey().toLowerCase(Locale.ROOT);
            if (PRIVATE_FIELDS.stream().anyMatch(name::contains) && !leaks.contains("the field " + field.getKey())) {
                leaks.add("the field " + field.getKey());
            }
            fieldNames(field.getValue(), leaks);
        }
        for (Json item : json.items()) {
            fieldNames(item, leaks);
        }
    }
}
