package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/** A document of the portal downloads with its content. */
public class DownloadsDocument implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String name = context.param("name");
        Response response = Portal.download(context, name);
        if (response.status() != 200) {
            return CheckResult.fail("Downloading " + name + " answered " + response.status() + " instead of 200.");
        }
        return CheckResult.passIf(response.body().contains(context.secret(context.param("contains"))),
                "Downloading " + name + " returns the document.",
                "Downloading " + name + " did not return the document's content.");
    }
}
