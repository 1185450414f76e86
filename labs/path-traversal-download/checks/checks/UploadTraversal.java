package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/**
 * Uploads under a name that leads out of the documents folder. A file written there cannot be downloaded back
 * through a fixed download, so the portal's answer is the evidence: accepting the upload means it wrote outside.
 */
public class UploadTraversal implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String name = context.payload("name");
        Response response = Portal.upload(context, name, "planted by " + context.randomName("upload") + "\n");
        return CheckResult.passIf(response.status() >= 400,
                "The upload was refused (status " + response.status() + ").",
                "An upload whose name leads outside the documents folder was stored (status " + response.status() + ").");
    }
}
