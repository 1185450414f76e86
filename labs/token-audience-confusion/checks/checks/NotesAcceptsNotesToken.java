package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

/** An employee's notes token still works where it is meant to: erin saves a note and lists it. */
public class NotesAcceptsNotesToken implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Client notes = Client.of(context, "notes").as(Session.bearer(Acme.login(context, "erin", "notes")));
        String text = context.randomName("note");
        Reply saved = notes.post("/notes").json("text", text).send();
        Reply listed = notes.get("/notes").send();
        return CheckResult.passIf(saved.status() == 201 && listed.status() == 200 && listed.contains(text),
                "The notes service accepts an employee's notes token.",
                "Saving and listing a note with erin's notes token should answer 201 and 200 with the note, got "
                        + saved.status() + " and " + listed.status() + ".");
    }
}
