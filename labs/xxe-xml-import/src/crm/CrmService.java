package crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    private final ObjectMapper json = new ObjectMapper();
    private final List<Contact> addressBook = new ArrayList<>();

    @Override
    public HttpHandler start(ServiceContext context) throws Exception {
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
        return exchange -> route(exchange, parser, imports);
    }

    private void route(HttpExchange exchange, ContactXmlParser parser, Path imports) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("POST") && path.equals("/contacts/import")) {
            Path archive = imports.resolve("import-" + UUID.randomUUID() + ".xml");
            Files.write(archive, exchange.getRequestBody().readAllBytes());
            List<Contact> imported;
            try {
                imported = parser.parse(archive);
            } catch (Exception e) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("error", "import failed: " + e.getMessage());
                error.put("archive", archive.toString());
                send(exchange, 400, error);
                return;
            }
            synchronized (addressBook) {
                addressBook.addAll(imported);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("archive", archive.toString());
            result.put("imported", imported.size());
            result.put("contacts", imported);
            send(exchange, 200, result);
        } else if (method.equals("GET") && path.equals("/contacts")) {
            synchronized (addressBook) {
                send(exchange, 200, List.copyOf(addressBook));
            }
        } else {
            send(exchange, 404, Map.of("error", "not found"));
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
