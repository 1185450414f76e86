package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/** A public note is read by its id. */
public class ReadPublicNote implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Response response = context.send("notes", Request.get("/notes/2"));
        return CheckResult.passIf(response.status() == 200 && response.body().contains("milk"), "Public notes are read by id.",
                "GET /notes/2 should answer 200 with the shopping list.");
    }
}
