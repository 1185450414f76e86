package dev.fixpoint.server.submissions;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.SlowFix;
import dev.fixpoint.server.Visitor;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running server and comes back: meanwhile learners are told that nothing was saved
 * (503, never a stack trace), the operator reads one line per kind of failure, health says DOWN; afterwards the
 * server recovers without a restart, and the grading that finished while the database was away is not lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"fixpoint.grading.concurrency=1",
        "fixpoint.grading.sweep-interval=1s", "spring.datasource.hikari.connection-timeout=1500"})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
@Tag("sandbox")
class DatabaseOutageTests {

    private static final String LAB = SlowFix.LAB;
    private static final String FILE = SlowFix.FILE;
    private static final String PASSWORD = "a long enough password";

    @TempDir
    static Path folder;
    private static DatabaseServer database;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startDatabase() throws Exception {
        database = new DatabaseServer(folder);
        database.start();
    }

    @DynamicPropertySource
    static void useDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> database.jdbcUrl());
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @Test
    void learnersAreToldNothingWasSavedAndOnceTheDatabaseIsBackEverySubmissionIsGraded(CapturedOutput output) throws Exception {
        accounts.create("outage", PASSWORD, Role.LEARNER);
        Visitor learner = new Visitor(URI.create("http://127.0.0.1:" + port));
        learner.signIn("outage", PASSWORD);
        learner.createToken();
        learner.get("/labs/" + LAB);
        String inFlight = submit(learner, SlowFix.pausing(200, "graded while the database goes away")).get("id").asString();
        assertThat(saveDraft(learner, "// saved before the outage").statusCode()).isEqualTo(204);
        await("the submission is being graded", () -> "RUNNING".equals(status(learner, inFlight)));

        database.stop();

        assertUnavailable(saveDraft(learner, "// typed during the outage"), DatabaseUnavailableAdvice.NOT_SAVED);
        assertUnavailable(learner.api("POST", "/api/v1/labs/" + LAB + "/submissions", files("// submitted during the outage")),
                DatabaseUnavailableAdvice.NOT_SAVED);
        HttpResponse<String> fromThePage = learner.post("/labs/" + LAB + "/submit", Map.of("file:" + FILE, "// from the page"),
                "HX-Request", "true");
        assertThat(fromThePage.statusCode()).isEqualTo(503);
        assertThat(fromThePage.body()).contains("id=\"result-slot\"", DatabaseUnavailableAdvice.NOT_SAVED).doesNotContain("Exception");
        HttpResponse<String> withoutJavaScript = learner.post("/labs/" + LAB + "/submit", Map.of("file:" + FILE, "// from the page"));
        assertThat(withoutJavaScript.statusCode()).isEqualTo(503);
        assertThat(withoutJavaScript.body()).contains(DatabaseUnavailableAdvice.NOT_SAVED).doesNotContain("Exception");
        HttpResponse<String> polled = learner.get("/labs/" + LAB + "/result?submission=" + inFlight, "HX-Request", "true");
        assertThat(polled.statusCode()).isEqualTo(503);
        assertThat(polled.body()).as("the lab page keeps asking for the result")
                .contains(DatabaseUnavailableAdvice.NOT_READ, "hx-get=\"/labs/" + LAB + "/result?submission=" + inFlight + "\"");
        HttpResponse<String> health = new Visitor(URI.create("http://127.0.0.1:" + port)).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"").doesNotContain("db", "H2", "jdbc", "onnection");
        await("the finished grading could not be stored", () -> output.getAll().contains("their results stored"));

        database.start();
        // The connection pool notices on its next attempt; until then requests still get the 503.
        await("the server reaches the database again", () -> {
            HttpResponse<String> draft = learner.api("GET", "/api/v1/labs/" + LAB + "/draft", null);
            lastAnswer = draft.statusCode() + " " + draft.body();
            return draft.statusCode() == 200;
        });

        assertThat(json.readTree(learner.api("GET", "/api/v1/labs/" + LAB + "/draft", null).body()).get("files").get(FILE).asString())
                .isEqualTo("// saved before the outage");
        JsonNode graded = awaitVerdict(learner, inFlight);
        assertThat(graded.get("report").get("verdict").asString()).isEqualTo("SECURE");
        String after = submit(learner, Files.readString(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution", FILE))).get("id").asString();
        assertThat(awaitVerdict(learner, after).get("report").get("verdict").asString()).isEqualTo("SECURE");
        List<String> history = new ArrayList<>();
        json.readTree(learner.api("GET", "/api/v1/labs/" + LAB + "/submissions", null).body()).forEach(entry -> history.add(entry.get("id").asString()));
        assertThat(history).containsExactly(after, inFlight);

        await("the operator is told the database is back", () -> output.getAll().contains("The database is available again"));
        List<String> kinds = lines(output, "The database is unavailable (").stream().map(line -> line.replaceFirst(".*\\): ", "")).toList();
        assertThat(kinds).as("one line per kind of failure").doesNotHaveDuplicates()
                .anySatisfy(kind -> assertThat(kind).startsWith("learners' requests are answered 503"))
                .anySatisfy(kind -> assertThat(kind).contains("their results stored"));
        assertThat(lines(output, "\tat ")).as("stack traces").isEmpty();
    }

    private HttpResponse<String> saveDraft(Visitor learner, String text) throws Exception {
        return learner.api("PUT", "/api/v1/labs/" + LAB + "/draft", files(text));
    }

    private JsonNode submit(Visitor learner, String text) throws Exception {
        HttpResponse<String> created = learner.api("POST", "/api/v1/labs/" + LAB + "/submissions", files(text));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body());
    }

    private String files(String text) {
        return json.writeValueAsString(Map.of("files", Map.of(FILE, text)));
    }

    private void assertUnavailable(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo(message);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private String status(Visitor learner, String id) throws Exception {
        return json.readTree(learner.api("GET", "/api/v1/submissions/" + id, null).body()).get("status").asString();
    }

    private JsonNode awaitVerdict(Visitor learner, String id) throws Exception {
        await("submission " + id + " is graded", () -> status(learner, id).matches("DONE|FAILED"));
        return json.readTree(learner.api("GET", "/api/v1/submissions/" + id, null).body());
    }

    /** What the server last answered while the test waited for it, for the failure message. */
    private static volatile String lastAnswer = "none yet";

    private static List<String> lines(CapturedOutput output, String containing) {
        return output.getAll().lines().filter(line -> line.contains(containing)).toList();
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + "; the server's last answer: " + lastAnswer
                        + "; the database server's log:\n" + database.log()
                        + "\nthe connection pool's threads:\n" + poolThreads());
            }
            Thread.sleep(100);
        }
    }

    /** What the connection pool's threads are doing, for a failure that happens rarely and only on a busy machine. */
    private static String poolThreads() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().contains("Hikari") || thread.getName().contains("connection")) {
                dump.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                for (StackTraceElement frame : stack) {
                    dump.append("    ").append(frame).append('\n');
                }
            }
        });
        return dump.toString();
    }
}
