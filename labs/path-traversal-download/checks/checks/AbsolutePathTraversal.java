package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/**
 * Learns where the documents live from the health endpoint, then asks for an absolute path next to them, its
 * separators written as the optional {@code separator} param says (a plain slash by default).
 */
public class AbsolutePathTraversal implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Portal portal = new Portal(context);
        String secret = context.secret(context.param("leaks"));
        // The separator param writes the path the way a check on the raw name does not expect ("%2F", "\\").
        String separator = context.params().getOrDefault("separator", "/");
        Reply reply = portal.download((portal.root() + "/" + context.param("file")).replace("/", separator));
        return CheckResult.passIf(!reply.contains(secret),
                "The absolute path was refused (status " + reply.status() + ").",
                "An absolute path as the document name served a file from outside the documents folder.");
    }
}
