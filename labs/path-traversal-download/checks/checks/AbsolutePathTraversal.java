package checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/**
 * Learns where the documents live from the health endpoint, then asks for an absolute path next to them, its
 * separators written as the optional {@code separator} param says (a plain slash by default).
 */
public class AbsolutePathTraversal implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String secret = context.secret(context.param("leaks"));
        Response health = context.send("portal", Request.get("/health"));
        String documents = new ObjectMapper().readTree(health.body()).path("diskSpace").path("path").asText();
        if (!documents.startsWith("/")) {
            return CheckResult.fail("The health endpoint did not report the storage path.");
        }
        String root = documents.substring(0, documents.lastIndexOf('/'));
        // The separator param writes the path the way a check on the raw name does not expect ("%2F", "\\").
        String separator = context.params().getOrDefault("separator", "/");
        Response response = Portal.download(context, (root + "/" + context.param("file")).replace("/", separator));
        return CheckResult.passIf(!response.body().contains(secret),
                "The absolute path was refused (status " + response.status() + ").",
                "An absolute path as the document name served a file from outside the documents folder.");
    }
}
