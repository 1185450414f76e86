package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The expense reports API as the checks use it: the staging accounts, and the reports they file and read. */
final class Expenses {

    /** The staging accounts: alice, bob and their manager maria (sales); carol and her manager nina (support). */
    private static final Map<String, String> PASSWORDS = Map.of(
            "alice", "alice-staging", "bob", "bob-staging", "maria", "maria-staging",
            "carol", "carol-staging", "nina", "nina-staging");

    private final CheckContext context;
    private final Client client;

    Expenses(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "expenses");
    }

    /** The API as {@code user}, with their HTTP Basic credentials. */
    Client as(String user) {
        String password = PASSWORDS.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no staging account '" + user + "'");
        }
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.as(Session.header("Authorization", "Basic " + credentials));
    }

    /** Files a report as {@code user}; its id. */
    long file(String user, String title, String note, String amount) throws SetupFailedException {
        String step = "filing a report as " + user;
        return as(user).post("/reports").json("title", title, "amount", new java.math.BigDecimal(amount), "note", note)
                .expect(step, 201).need(step, "id").integer()
                .orElseThrow(() -> new SetupFailedException(step + ": the id is not a whole number"));
    }

    /** The report {@code user} reads at /reports/{id}; {@link Json#MISSING} unless that is a 200 with this report. */
    Json read(String user, long id) {
        Reply reply = as(user).get("/reports/{}", id).send();
        return reply.status() == 200 && reply.json().get("id").integer().orElse(-1L) == id ? reply.json() : Json.MISSING;
    }

    /** Whether the report {@code id} is among {@code reports} (a JSON array of reports). */
    static boolean lists(Json reports, long id) {
        return reports.items().stream().anyMatch(report -> report.get("id").integer().orElse(-1L) == id);
    }

    /** The path of report {@code id} written with {@code format} (param {@code id-format}, default plain digits). */
    String path(long id) {
        return "/reports/" + String.format(context.params().getOrDefault("id-format", "%d"), id);
    }

    CheckContext context() {
        return context;
    }
}
