package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

/** Downloading and uploading documents through the portal's API, as the checks do. */
final class Portal {

    private final Client portal;

    Portal(CheckContext context) {
        this.portal = Client.of(context, "portal");
    }

    Reply download(String name) {
        return portal.get("/files/download").query("name", name).send();
    }

    Reply upload(String name, String content) {
        return portal.post("/files/upload").query("name", name).body("application/octet-stream", content).send();
    }

    /** The folder that holds the documents folder (and its neighbours), as the health endpoint reports it. */
    String root() throws SetupFailedException {
        String step = "reading the storage path from the health endpoint";
        String documents = portal.get("/health").expect(step, 200).need(step, "diskSpace").get("path").text("");
        if (!documents.startsWith("/")) {
            throw new SetupFailedException(step + ": GET /health reported no absolute diskSpace.path");
        }
        return documents.substring(0, documents.lastIndexOf('/'));
    }
}
