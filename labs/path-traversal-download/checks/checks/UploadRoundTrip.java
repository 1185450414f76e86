package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/** A document uploaded under a fresh name downloads again, byte for byte. */
public class UploadRoundTrip implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String name = context.payload("name");
        String content = "Minutes of " + context.randomName("meeting") + "\nAttendees: Zoë, Jürgen, 陈\nBudget: 12 000 €\n";
        Response upload = Portal.upload(context, name, content);
        if (upload.status() != 201) {
            return CheckResult.fail("Uploading " + name + " answered " + upload.status() + " instead of 201.");
        }
        Response download = Portal.download(context, name);
        if (download.status() != 200) {
            return CheckResult.fail("Downloading the uploaded " + name + " answered " + download.status() + " instead of 200.");
        }
        return CheckResult.passIf(download.body().equals(content),
                "Uploading and downloading " + name + " returns the same bytes.",
                "Downloading the uploaded " + name + " did not return exactly what was uploaded.");
    }
}
