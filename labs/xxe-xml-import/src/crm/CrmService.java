package crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The CRM's address book. Sales imports contacts exported from other systems as XML.
 *
 * <pre>
 * POST /contacts/import   an XML document of contacts; answers with what was imported
 * GET  /contacts          every contact of the address book
 * </pre>
 *
 * Every uploaded document is archived under {@code imports/} before it is parsed, so that support can look at
 * imports that went wrong.
 */
public class CrmService implements LabService {

    /** What an import answers. */
    public record Imported(String archive, int imported, List<Contact> contacts) {
    }

    /** What a failed import answers: why, and where the upload was kept. */
    public record Failed(String error, String archive) {
    }

    // Jackson writes the answers, not the kit's Json: that escapes every '&', '<' and '>' as six characters, which
    // would push the answer to a big export (120,000 ampersands in its notes) past the 1 MiB a client reads.
    private final ObjectMapper json = new ObjectMapper();
    private final List<Contact> addressBook = new ArrayList<>();

    @Override
    public Router start(ServiceContext context) throws Exception {
        // <tmp>/crm-123/imports                     archived uploads
        // <tmp>/crm-123/config/mail-<instance>.properties   the SMTP account that sends the CRM's mail
        Path root = Files.createTempDirectory("crm-").toRealPath();
        Path imports = Files.createDirectories(root.resolve("imports"));
        Path config = Files.createDirectories(root.resolve("config"));
        Files.writeString(config.resolve("mail-" + context.secret("instance-id") + ".properties"),
                "mail.smtp.host=smtp.northwind.internal\n"
                        + "mail.smtp.port=587\n"
                        + "mail.smtp.user=crm-notifications\n"
                        + "mail.smtp.password=" + context.secret("smtp-password") + "\n");
        ContactXmlParser parser = new ContactXmlParser();
        return new Router()
                .post("/contacts/import", request -> {
                    Path archive = imports.resolve("import-" + UUID.randomUUID() + ".xml");
                    Files.write(archive, request.bytes());
                    List<Contact> imported;
                    try {
                        imported = parser.parse(archive);
                    } catch (Exception e) {
                        return answer(400, new Failed("import failed: " + e.getMessage(), archive.toString()));
                    }
                    synchronized (addressBook) {
                        addressBook.addAll(imported);
                    }
                    return answer(200, new Imported(archive.toString(), imported.size(), imported));
                })
                .get("/contacts", request -> {
                    synchronized (addressBook) {
                        return answer(200, List.copyOf(addressBook));
                    }
                });
    }

    private Answer answer(int status, Object body) throws IOException {
        return new Answer(status, Map.of("Content-Type", "application/json; charset=utf-8"), json.writeValueAsBytes(body));
    }
}
