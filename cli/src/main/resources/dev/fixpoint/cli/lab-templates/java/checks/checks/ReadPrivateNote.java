package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Accounts;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

/**
 * Alice writes a private note; someone else asks for it by its id. Param {@code reader}: {@code another-user} (Bob, logged
 * in) or {@code nobody} (a request without a session).
 */
public class ReadPrivateNote implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Client notes = Client.of(context, "notes");
        Accounts accounts = Accounts.of(notes, "/signup", "/login");
        Canary text = Canary.of(context, "private-note");
        long id = notes.as(accounts.signUp("alice").session()).post("/notes").json("text", text.value(), "shared", false)
                .expect("writing Alice's private note", 201)
                .need("writing Alice's private note", "id").integer().orElseThrow();

        String reader = context.param("reader");
        Session session = switch (reader) {
            case "another-user" -> accounts.signUp("bob").session();
            case "nobody" -> Session.NONE;
            default -> throw new IllegalArgumentException("param reader: another-user or nobody, got '" + reader + "'");
        };
        Reply attack = notes.as(session).get("/notes/{}", id).send();
        return CheckResult.passIf(!text.foundIn(attack),
                "Alice's private note stays private (status " + attack.status() + ").",
                "Alice's private note was read by someone else: GET /notes/" + id + " answered it.");
    }
}
