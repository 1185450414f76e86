package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** A document of the portal downloads with its content. */
public class DownloadsDocument implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String name = context.param("name");
        Reply reply = new Portal(context).download(name);
        if (reply.status() != 200) {
            return CheckResult.fail("Downloading " + name + " answered " + reply.status() + " instead of 200.");
        }
        return CheckResult.passIf(reply.body().contains(context.secret(context.param("contains"))),
                "Downloading " + name + " returns the document.",
                "Downloading " + name + " did not return the document's content.");
    }
}
