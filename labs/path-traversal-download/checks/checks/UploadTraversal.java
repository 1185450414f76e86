package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

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
        Portal portal = new Portal(context);
        String file = context.randomName("planted") + ".csv";
        String name = context.payload("name").replace("{file}", file);
        if (name.contains("{root}")) {
            name = name.replace("{root}", portal.root());
        }
        String content = "planted by " + context.randomName("upload") + "\n";
        Reply upload = portal.upload(name, content);
        if (upload.status() >= 400) {
            return CheckResult.pass("The upload was refused (status " + upload.status() + ").");
        }
        Reply again = portal.download(name);
        if (again.status() != 200 || !again.body().equals(content)) {
            return CheckResult.fail("An upload whose name leads outside the documents folder was stored where downloads refuse to look (status "
                    + upload.status() + ", then " + again.status() + ").");
        }
        Reply outside = portal.download(context.param("outside").replace("{file}", file));
        return CheckResult.passIf(!outside.contains(content),
                "The upload was kept inside the documents folder (status " + upload.status() + ").",
                "An upload whose name leads outside the documents folder wrote its file there (status " + upload.status() + ").");
    }
}
