package docs;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    @Override
    public Router start(ServiceContext context) throws Exception {
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
        return new Router()
                .get("/files/download", storage(request -> {
                    String name = name(request);
                    String fileName = name.substring(name.lastIndexOf('/') + 1).replace("\"", "");
                    return new Answer(200, Map.of("Content-Type", "application/octet-stream",
                            "Content-Disposition", "attachment; filename=\"" + fileName + "\""), store.read(name));
                }))
                .post("/files/upload", storage(request -> {
                    String name = name(request);
                    byte[] content = request.bytes();
                    store.write(name, content);
                    return Answer.json(201, "name", name, "size", content.length);
                }))
                .get("/health", request -> Answer.json(200, "status", "UP",
                        "diskSpace", Json.object("path", documents.toString(), "free", documents.toFile().getUsableSpace())));
    }

    private static String name(Incoming request) {
        return request.query("name").orElseThrow(() -> HttpError.badRequest("bad document name"));
    }

    /** Answers what the store throws: a missing document 404, a refused name 403 or 400, any other failure 500. */
    private static Router.Handler storage(Router.Handler handler) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (NoSuchFileException e) {
                throw HttpError.notFound("no such document");
            } catch (AccessDeniedException | SecurityException e) {
                throw HttpError.forbidden("access denied");
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("bad document name");
            } catch (IOException e) {
                throw new HttpError(500, "storage error");
            }
        };
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
