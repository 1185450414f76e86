package {{package}};

import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

/**
 * Notes: users sign up, write notes and share some of them. Which note a caller may read is NoteStore's decision.
 */
public class NotesService implements LabService {

    @Override
    public Router start(ServiceContext context) {
        Accounts accounts = new Accounts("member");
        NoteStore notes = new NoteStore();
        // The administrator's private note, written first: its id is 1.
        notes.add("admin", "Wi-Fi password for the office: " + context.secret("admin-note"), false);
        Router router = new Router();
        accounts.routes(router, "/signup", "/login");
        return router
                .post("/notes", request -> {
                    Accounts.Account caller = accounts.require(request);
                    Json body = request.json();
                    String text = body.get("text").text().orElseThrow(() -> HttpError.badRequest("text: a string"));
                    boolean shared = body.get("shared").bool().orElse(false);
                    return Answer.json(201, json(notes.add(caller.name(), text, shared)));
                })
                .get("/notes/{id}", request -> {
                    String caller = accounts.caller(request).map(Accounts.Account::name).orElse(null);
                    return notes.find(request.longParam("id"), caller)
                            .map(note -> Answer.json(200, json(note)))
                            .orElseThrow(() -> HttpError.notFound("no such note"));
                });
    }

    private static Json json(Note note) {
        return Json.object("id", note.id(), "owner", note.owner(), "text", note.text(), "shared", note.shared());
    }
}
