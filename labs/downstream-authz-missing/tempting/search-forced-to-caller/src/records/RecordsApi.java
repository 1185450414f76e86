package records;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * The records service's API. The gateway authenticates users; this service decides, on every route, what the user the
 * gateway names may read, whichever gateway route (or other caller) asks.
 */
public class RecordsApi {

    private final DocumentStore store;

    public RecordsApi(DocumentStore store) {
        this.store = store;
    }

    public Router routes(Router router) {
        return router
                .post("/documents", request -> {
                    Json body = request.json();
                    String title = body.get("title").text("");
                    String text = body.get("body").text("");
                    if (title.isBlank() || title.length() > 200 || text.length() > 10_000) {
                        throw HttpError.badRequest("title: 1 to 200 characters; body: up to 10000 characters");
                    }
                    return Answer.json(201, store.create(caller(request), title, text).json());
                })
                // ?q= text to look for, ?owner= whose documents
                .get("/documents", request -> {
                    String user = caller(request);
                    String owner = user; // whatever owner the client names, search the caller's own documents
                    String text = request.query("q").orElse("");
                    return Answer.json(Json.of(store.search(owner, text).stream()
                            .filter(document -> document.readableBy(user)).map(Document::json).toList()));
                })
                // ?ids=3,7,9 (or ids=3&ids=7): CSV for the bookkeeping integration
                .get("/documents/export", request -> Answer.of(200, "text/csv; charset=utf-8", csv(store.findAll(ids(request)).stream()
                        .filter(document -> document.readableBy(caller(request))).toList())))
                .get("/documents/{id}", request -> Answer.json(find(request).json()))
                .get("/documents/{id}/preview", request -> Answer.json(find(request).preview()))
                .post("/documents/{id}/shares", request -> {
                    String with = request.json().get("with").text("");
                    if (with.isBlank()) {
                        throw HttpError.badRequest("with: the user name to share the document with");
                    }
                    Document document = find(request);
                    if (!document.owner().equals(caller(request))) {
                        throw HttpError.forbidden("only the owner shares a document");
                    }
                    return Answer.json(store.share(document.id(), with).orElseThrow().json());
                });
    }

    /** The user the gateway authenticated for this request. */
    private static String caller(Incoming request) {
        return request.header("X-Authenticated-User").filter(name -> !name.isBlank())
                .orElseThrow(() -> HttpError.unauthorized("no authenticated user"));
    }

    /** The document of the path, when the caller may read it; 404 as for a missing one otherwise. */
    private Document find(Incoming request) {
        String user = caller(request);
        return store.find(request.longParam("id")).filter(document -> document.readableBy(user))
                .orElseThrow(() -> HttpError.notFound("document not found"));
    }

    /** Every id of every {@code ids} parameter; 400 when one is not a number. */
    private static List<Long> ids(Incoming request) {
        List<Long> ids = new ArrayList<>();
        for (String list : request.queries("ids")) {
            for (String id : list.split(",")) {
                try {
                    ids.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    throw HttpError.badRequest("ids: document ids separated by commas");
                }
            }
        }
        return ids;
    }

    private static String csv(List<Document> documents) {
        StringBuilder csv = new StringBuilder("id,owner,title,body\n");
        for (Document document : documents) {
            csv.append(document.id()).append(',').append(cell(document.owner())).append(',').append(cell(document.title()))
                    .append(',').append(cell(document.body())).append('\n');
        }
        return csv.toString();
    }

    private static String cell(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
