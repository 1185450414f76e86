package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** Asks for a document name that leads out of the documents folder and looks for a secret that file holds. */
public class DownloadTraversal implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String secret = context.secret(context.param("leaks"));
        Reply reply = new Portal(context).download(context.payload("name"));
        return CheckResult.passIf(!reply.contains(secret),
                "The download stayed inside the documents folder (status " + reply.status() + ").",
                "The download served a file from outside the documents folder.");
    }
}
