package records;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * The records service's API. The gateway authenticates users and decides what they may do; this service stores and
 * serves documents for it.
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
                    throw HttpError.forbidden("search is not available");
                })
                // ?ids=3,7,9 (or ids=3&ids=7): CSV for the bookkeeping integration
                .get("/documents/export", request -> {
                    throw HttpError.forbidden("export is not available");
                })
                .get("/documents/{id}", request -> Answer.json(find(request).json()))
                .get("/documents/{id}/preview", request -> {
                    throw HttpError.forbidden("previews are not available");
                })
                .post("/documents/{id}/shares", request -> {
                    String with = request.json().get("with").text("");
                    if (with.isBlank()) {
                        throw HttpError.badRequest("with: the user name to share the document with");
                    }
                    return Answer.json(store.share(request.longParam("id"), with)
                            .orElseThrow(() -> HttpError.notFound("document not found")).json());
                });
    }

    /** The user the gateway authenticated for this request. */
    private static String caller(Incoming request) {
        return request.header("X-Authenticated-User").filter(name -> !name.isBlank())
                .orElseThrow(() -> HttpError.unauthorized("no authenticated user"));
    }

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
