package gateway;

import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The public document API. Each route authenticates the user and asks records as that user; records decides what the
 * user may read. The gateway sends records only paths and parameters it built itself from validated values.
 */
public class DocumentRoutes {

    private final Accounts accounts;
    private final RecordsClient records;

    public DocumentRoutes(Accounts accounts, RecordsClient records) {
        this.accounts = accounts;
        this.records = records;
    }

    public Router routes(Router router) {
        return router
                .post("/api/documents", request -> records.post(user(request), "/documents", request.json()).answer())
                // the caller's documents; ?owner= lists a colleague's instead (to find what they shared), ?q= searches
                .get("/api/documents", request -> {
                    String user = user(request);
                    String owner = request.query("owner").orElse(user);
                    String text = request.query("q").orElse("");
                    return records.get(user, "/documents?owner=" + encode(owner) + "&q=" + encode(text)).answer();
                })
                // bulk export for the bookkeeping integration: ?ids=3,7,9
                .get("/api/export", request -> {
                    String user = user(request);
                    List<String> ids = new ArrayList<>();
                    for (String list : request.queries("ids")) {
                        for (String id : list.split(",")) {
                            try {
                                ids.add(Long.toString(Long.parseLong(id.strip())));
                            } catch (NumberFormatException e) {
                                throw HttpError.badRequest("ids: document ids separated by commas");
                            }
                        }
                    }
                    return records.get(user, "/documents/export?ids=" + String.join(",", ids)).answer();
                })
                .get("/api/documents/{id}", request -> Answer.json(readable(user(request), request.longParam("id"))))
                .post("/api/documents/{id}/shares", request -> {
                    String user = user(request);
                    Json document = readable(user, request.longParam("id"));
                    if (!document.get("owner").text("").equals(user)) {
                        throw HttpError.forbidden("only the owner shares a document");
                    }
                    return records.post(user, "/documents/" + request.longParam("id") + "/shares", request.json()).answer();
                })
                .get("/api/documents/{id}/preview", request ->
                        records.get(user(request), "/documents/" + request.longParam("id") + "/preview").answer());
    }

    private String user(Incoming request) {
        return accounts.require(request).name();
    }

    /** The document, when {@code user} owns it or it was shared with them; 404 otherwise. */
    private Json readable(String user, long id) {
        RecordsClient.Response response = records.get(user, "/documents/" + id);
        Json document = response.json();
        boolean owner = document.get("owner").text("").equals(user);
        boolean shared = document.get("sharedWith").items() != null
                && document.get("sharedWith").items().stream().anyMatch(name -> name.text("").equals(user));
        if (!response.ok() || !(owner || shared)) {
            throw HttpError.notFound("document not found");
        }
        return document;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
