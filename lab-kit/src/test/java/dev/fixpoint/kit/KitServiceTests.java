package dev.fixpoint.kit;

import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;
import dev.fixpoint.lab.host.LoopbackHttp;
import dev.fixpoint.lab.host.RecordingCheckContext;
import dev.fixpoint.lab.host.ServiceHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A small notes service written with the kit, hosted as the worker hosts labs and driven with the check SDK. */
class KitServiceTests {

    private static ServiceHost host;
    private static Client notes;

    /** Notes belong to whoever wrote them; a note's text is readable by its owner only. */
    static final class NotesService implements LabService {
        @Override
        public Router start(dev.fixpoint.lab.ServiceContext context) throws Exception {
            Accounts accounts = new Accounts("member");
            Database db = Database.memory("notes-" + System.nanoTime());
            db.run("CREATE TABLE notes (id BIGINT AUTO_INCREMENT PRIMARY KEY, owner VARCHAR(40), text VARCHAR(200))");
            Router router = new Router();
            accounts.routes(router, "/signup", "/login");
            return router
                    .post("/notes", request -> {
                        Accounts.Account caller = accounts.require(request);
                        String text = request.json().get("text").text().orElseThrow(() -> HttpError.badRequest("text: a string"));
                        return Answer.json(201, "id", db.insert("INSERT INTO notes (owner, text) VALUES (?, ?)", caller.name(), text));
                    })
                    .get("/notes/{id}", request -> {
                        Accounts.Account caller = accounts.require(request);
                        return db.query("SELECT text FROM notes WHERE id = ? AND owner = ?", row -> row.getString(1),
                                        request.longParam("id"), caller.name()).stream().findFirst()
                                .map(text -> Answer.json(200, "text", text)).orElseThrow(() -> HttpError.notFound("no such note"));
                    })
                    .get("/echo/{word}", request -> Answer.text(200, request.param("word") + "|" + request.query("q").orElse("-")))
                    .post("/form", request -> Answer.text(200, request.form("name").orElse("-")))
                    .any("/forward/{*rest}", request -> Answer.text(200, request.method() + " " + request.param("rest")))
                    .get("/boom", request -> {
                        throw new IllegalStateException("secret internals");
                    });
        }
    }

    @BeforeAll
    static void start() throws Exception {
        host = ServiceHost.start(Map.of("notes", new NotesService()), Map.of());
        RecordingCheckContext context = new RecordingCheckContext(
                (name, request) -> LoopbackHttp.exchange(host.ports().get(name), request, 5_000),
                Set.of("notes"), Map.of(), Map.of(), new Random(3));
        notes = Client.of(context, "notes");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static User signUp(String prefix) throws SetupFailedException {
        return dev.fixpoint.lab.check.Accounts.of(notes, "/signup", "/login").signUp(prefix);
    }

    @Test
    void usersSignUpLogInAndKeepTheirOwnRecords() throws SetupFailedException {
        User alice = signUp("alice");
        User bob = signUp("bob");
        long id = notes.as(alice.session()).post("/notes").json("text", "alice's secret").expect("writing a note", 201)
                .need("writing a note", "id").integer().orElseThrow();

        assertThat(notes.as(alice.session()).get("/notes/{}", id).send().json()).isEqualTo(Json.object("text", "alice's secret"));
        assertThat(notes.as(bob.session()).get("/notes/{}", id).send().status()).isEqualTo(404);
        Reply anonymous = notes.get("/notes/{}", id).send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).contains("Bearer");
        assertThat(notes.as(alice.session()).get("/notes/not-a-number").send().status()).isEqualTo(404);
    }

    @Test
    void signUpRefusesBadNamesShortPasswordsAndTakenNamesSayingWhich() throws SetupFailedException {
        User carol = signUp("carol");

        assertThat(notes.post("/signup").json("username", "Carol!", "password", "longenough").send().json().get("error").text())
                .hasValueSatisfying(error -> assertThat(error).startsWith("username"));
        assertThat(notes.post("/signup").json("username", "dave", "password", "short").send().status()).isEqualTo(400);
        assertThat(notes.post("/signup").json("username", carol.name(), "password", "another-pw").send().status()).isEqualTo(409);
        assertThat(notes.post("/login").json("username", carol.name(), "password", "wrong-password").send().status()).isEqualTo(401);
        assertThatThrownBy(() -> dev.fixpoint.lab.check.Accounts.of(notes, "/signup", "/login").logIn(carol.name(), "wrong-password"))
                .isInstanceOf(SetupFailedException.class).hasMessageContaining("answered 401");
    }

    @Test
    void pathParametersQueriesAndFormsArriveDecoded() {
        assertThat(notes.get("/echo/{}", "a b/c").query("q", "x&y=z").send().body()).isEqualTo("a b/c|x&y=z");
        assertThat(notes.get("/echo/{}", "1+1").send().body()).isEqualTo("1+1|-");
        assertThat(notes.post("/form").form("name", "O'Brien & co").send().body()).isEqualTo("O'Brien & co");
    }

    @Test
    void aRestTemplateTakesEveryMethodAndTheRestOfThePathAsSent() {
        assertThat(notes.delete("/forward/orders/7/lines/").send().body()).isEqualTo("DELETE orders/7/lines/");
        assertThat(notes.get("/forward/").send().body()).isEqualTo("GET ");
        assertThat(notes.get("/forward/a%2Fb").send().body()).isEqualTo("GET a%2Fb");
        assertThat(notes.get("/forwarded").send().status()).isEqualTo(404);
    }

    @Test
    void unknownPathsWrongMethodsBadJsonAndFailuresGetTheirStatusWithoutInternals() {
        assertThat(notes.get("/nothing").send().status()).isEqualTo(404);
        Reply wrongMethod = notes.delete("/notes/1").send();
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET");
        Reply badJson = notes.post("/signup").body("application/json", "{\"username\":").send();
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().get("error").text("")).contains("not valid JSON");
        Reply boom = notes.get("/boom").send();
        assertThat(boom.status()).isEqualTo(500);
        assertThat(boom.body()).doesNotContain("secret internals");
    }
}
