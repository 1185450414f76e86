package docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customer document portal: staff upload documents, customers download them by name.
 *
 * <pre>
 * GET  /files/download?name=reports/2024/q1.txt   the document's bytes
 * POST /files/upload?name=reports/2024/q2.txt     stores the request body as that document
 * GET  /health                                     status and storage details, for the ops dashboard
 * </pre>
 */
public class DocumentService implements LabService {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public HttpHandler start(ServiceContext context) throws Exception {
        // <tmp>/docportal-123/documents            what customers may download
        // <tmp>/docportal-123/documents-internal   HR exports, never served
        // <tmp>/docportal-123/config               the application's own configuration
        Path root = Files.createTempDirectory("docportal-").toRealPath();
        Path documents = Files.createDirectories(root.resolve("documents"));
        write(documents.resolve("welcome.txt"), "Welcome to the Northwind customer portal.\n"
                + "Your onboarding code is " + context.secret("onboarding-code") + ".\n");
        write(documents.resolve("reports/2024/q1.txt"), "Q1 2024 results\nRevenue: 1.2M EUR\n"
                + "Reference: " + context.secret("report-reference") + "\n");
        write(documents.resolve("releases/v1..2-notes.txt"), "Changes from v1 to v2\n"
                + "Build: " + context.secret("release-build") + "\n");
        write(root.resolve("documents-internal/hr/salaries.csv"), "employee,iban,salary\n"
                + "J. Doe," + context.secret("payroll-iban") + ",64000\n");
        write(root.resolve("config/application.properties"), "server.port=8080\n"
                + "spring.datasource.url=jdbc:postgresql://db.internal:5432/portal\n"
                + "spring.datasource.username=portal\n"
                + "spring.datasource.password=" + context.secret("db-password") + "\n");

        DocumentStore store = new DocumentStore(documents);
        return exchange -> route(exchange, store, documents);
    }

    private void route(HttpExchange exchange, DocumentStore store, Path documents) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        try {
            if (method.equals("GET") && path.equals("/files/download")) {
                String name = queryParameter(exchange.getRequestURI().getRawQuery(), "name");
                byte[] content = store.read(name);
                String fileName = name.substring(name.lastIndexOf('/') + 1).replace("\"", "");
                exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
                exchange.sendResponseHeaders(200, content.length);
                exchange.getResponseBody().write(content);
                exchange.close();
            } else if (method.equals("POST") && path.equals("/files/upload")) {
                String name = queryParameter(exchange.getRequestURI().getRawQuery(), "name");
                byte[] content = exchange.getRequestBody().readAllBytes();
                store.write(name, content);
                send(exchange, 201, Map.of("name", name, "size", content.length));
            } else if (method.equals("GET") && path.equals("/health")) {
                Map<String, Object> disk = new LinkedHashMap<>();
                disk.put("path", documents.toString());
                disk.put("free", documents.toFile().getUsableSpace());
                send(exchange, 200, Map.of("status", "UP", "diskSpace", disk));
            } else {
                send(exchange, 404, Map.of("error", "not found"));
            }
        } catch (NoSuchFileException e) {
            send(exchange, 404, Map.of("error", "no such document"));
        } catch (AccessDeniedException | SecurityException e) {
            send(exchange, 403, Map.of("error", "access denied"));
        } catch (IllegalArgumentException e) {
            send(exchange, 400, Map.of("error", "bad document name"));
        } catch (IOException e) {
            send(exchange, 500, Map.of("error", "storage error"));
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).equals(name)) {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException("missing query parameter " + name);
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
