package checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.io.IOException;

/** Importing contacts through the CRM's API, as the checks do. */
final class Crm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Crm() {
    }

    static Response importXml(CheckContext context, String xml) {
        return context.send("crm", Request.post("/contacts/import", "application/xml", xml));
    }

    static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Where the service keeps an uploaded document, as its answer says: absolute, on the server. */
    static String archive(Response response) throws IOException {
        String archive = json(response).path("archive").asText();
        if (!archive.startsWith("/")) {
            throw new IllegalStateException("the import's answer names no archive file (status " + response.status() + ")");
        }
        return archive;
    }

    /**
     * Fills a document template: {mail-config} becomes the absolute path of the CRM's mail settings and
     * {mail-config-name} their file name. The path is learnt from the archive path of a harmless import.
     */
    static String fill(CheckContext context, String template) throws IOException {
        String name = "mail-" + context.secret("instance-id") + ".properties";
        if (template.contains("{mail-config}")) {
            String archive = archive(importXml(context, "<contacts/>"));
            String imports = archive.substring(0, archive.lastIndexOf('/'));
            String root = imports.substring(0, imports.lastIndexOf('/'));
            template = template.replace("{mail-config}", root + "/config/" + name);
        }
        return template.replace("{mail-config-name}", name);
    }
}
