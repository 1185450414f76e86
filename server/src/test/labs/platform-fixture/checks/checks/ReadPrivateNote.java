package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;

/** Asks for the private note by the id in the check's parameters. */
public class ReadPrivateNote implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String body = context.send("notes", Request.get("/notes/" + context.param("id"))).body();
        return CheckResult.passIf(!body.contains(context.secret("private-note")), "The private note stays private.",
                "The private note was read.");
    }
}
