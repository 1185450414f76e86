package checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/**
 * Uploads under a name that leads out of the documents folder ({@code name}), then looks for the file where it
 * would have landed outside ({@code outside}: the same place, written as a plain climb from the documents folder).
 * {file} in both is a fresh file name; {root} is the folder that holds the documents folder, from the health
 * endpoint.
 *
 * <p>A refused upload passes. An accepted one passes only if it was stored inside the folder under the name it was
 * given: it downloads again under that name and not under the outside spelling. One that does not download again
 * was written where the download refuses to look, which is outside.
 */
public class UploadTraversal implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String file = context.randomName("planted") + ".csv";
        String name = context.payload("name").replace("{file}", file);
        if (name.contains("{root}")) {
            Response health = context.send("portal", Request.get("/health"));
            String documents = new ObjectMapper().readTree(health.body()).path("diskSpace").path("path").asText();
            if (!documents.startsWith("/")) {
                return CheckResult.fail("The health endpoint did not report the storage path.");
            }
            name = name.replace("{root}", documents.substring(0, documents.lastIndexOf('/')));
        }
        String content = "planted by " + context.randomName("upload") + "\n";
        Response upload = Portal.upload(context, name, content);
        if (upload.status() >= 400) {
            return CheckResult.pass("The upload was refused (status " + upload.status() + ").");
        }
        Response again = Portal.download(context, name);
        if (again.status() != 200 || !again.body().equals(content)) {
            return CheckResult.fail("An upload whose name leads outside the documents folder was stored where downloads refuse to look (status "
                    + upload.status() + ", then " + again.status() + ").");
        }
        Response outside = Portal.download(context, context.param("outside").replace("{file}", file));
        return CheckResult.passIf(!outside.body().contains(content),
                "The upload was kept inside the documents folder (status " + upload.status() + ").",
                "An upload whose name leads outside the documents folder wrote its file there (status " + upload.status() + ").");
    }
}
