package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A document uploaded under a fresh name (by the browser, or by the sync client when a param says so) downloads again, byte for byte. */
public class UploadRoundTrip implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Portal portal = new Portal(context);
        String name = context.payload("name");
        String content = "Minutes of " + context.randomName("meeting") + "\nAttendees: Zoë, Jürgen, 陈\nBudget: 12 000 €\n";
        // The desktop sync client writes the name the Windows way and percent-encodes it a second time; the document
        // must then download under its ordinary name.
        boolean syncClient = "sync-client".equals(context.params().get("uploaded-by"));
        String uploadName = syncClient ? URLEncoder.encode(name.replace('/', '\\'), StandardCharsets.UTF_8) : name;
        Reply upload = portal.upload(uploadName, content);
        if (upload.status() != 201) {
            return CheckResult.fail("Uploading " + uploadName + " answered " + upload.status() + " instead of 201.");
        }
        Reply download = portal.download(name);
        if (download.status() != 200) {
            return CheckResult.fail("Downloading the uploaded " + name + " answered " + download.status() + " instead of 200.");
        }
        return CheckResult.passIf(download.body().equals(content),
                "Uploading and downloading " + name + " returns the same bytes.",
                "Downloading the uploaded " + name + " did not return exactly what was uploaded.");
    }
}
