package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Accounts;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.User;

/** Owners read their own private notes; a shared note is readable by other users and without logging in. */
public class NotesWork implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Client notes = Client.of(context, "notes");
        Accounts accounts = Accounts.of(notes, "/signup", "/login");
        User alice = accounts.signUp("alice");
        User bob = accounts.signUp("bob");
        Canary own = Canary.of(context, "own-note");
        Canary shared = Canary.of(context, "shared-note");
        long ownId = write(notes, alice, own, false);
        long sharedId = write(notes, alice, shared, true);

        if (!own.foundIn(notes.as(alice.session()).get("/notes/{}", ownId).send())) {
            return CheckResult.fail("Alice cannot read her own private note.");
        }
        if (!shared.foundIn(notes.as(bob.session()).get("/notes/{}", sharedId).send())) {
            return CheckResult.fail("Bob cannot read the note Alice shared.");
        }
        if (!shared.foundIn(notes.get("/notes/{}", sharedId).send())) {
            return CheckResult.fail("The note Alice shared cannot be read without logging in.");
        }
        return CheckResult.pass("Alice reads her private note; her shared note is read by Bob and without logging in.");
    }

    private static long write(Client notes, User owner, Canary text, boolean shared) throws SetupFailedException {
        String step = "writing a " + (shared ? "shared" : "private") + " note";
        return notes.as(owner.session()).post("/notes").json("text", text.value(), "shared", shared)
                .expect(step, 201).need(step, "id").integer().orElseThrow();
    }
}
