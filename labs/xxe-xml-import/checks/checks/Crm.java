package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

/** Importing contacts through the CRM's API, as the checks do. */
final class Crm {

    private final CheckContext context;
    private final Client crm;

    Crm(CheckContext context) {
        this.context = context;
        this.crm = Client.of(context, "crm");
    }

    Reply importXml(String xml) {
        return crm.post("/contacts/import").body("application/xml", xml).send();
    }

    Reply contacts() {
        return crm.get("/contacts").send();
    }

    /** Where the service kept an uploaded document, as its answer (a failed import's too) says: absolute, on the server. */
    static String archive(Reply reply, String step) throws SetupFailedException {
        String archive = reply.need(step, "archive").text("");
        if (!archive.startsWith("/")) {
            throw new SetupFailedException(step + ": the import's answer names no absolute archive file (status " + reply.status() + ")");
        }
        return archive;
    }

    /**
     * Fills a document template: {mail-config} becomes the absolute path of the CRM's mail settings and
     * {mail-config-name} their file name. The path is learnt from the archive path of a harmless import.
     */
    String fill(String template) throws SetupFailedException {
        String name = "mail-" + context.secret("instance-id") + ".properties";
        if (template.contains("{mail-config}")) {
            String archive = archive(importXml("<contacts/>"), "learning where the CRM keeps its files");
            String imports = archive.substring(0, archive.lastIndexOf('/'));
            String root = imports.substring(0, imports.lastIndexOf('/'));
            template = template.replace("{mail-config}", root + "/config/" + name);
        }
        return template.replace("{mail-config-name}", name);
    }
}
