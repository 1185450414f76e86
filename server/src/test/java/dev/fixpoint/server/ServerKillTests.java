package dev.fixpoint.server;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server killed with SIGKILL while submissions are queued and running: after a restart on the same database,
 * every one of them reaches its verdict, and no learner's history shows one missing, twice, or with two verdicts.
 */
@Tag("sandbox")
@Tag("process")
class ServerKillTests {

    private static final String LAB = SlowFix.LAB;
    private static final String FILE = SlowFix.FILE;
    private static final String PASSWORD = "a long enough password";
    private static final int LEARNERS = 3;
    private static final int EACH = 3;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everySubmissionAKilledServerLeftQueuedOrRunningIsGradedOnceAfterARestart(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path folder)
            throws Exception {
        String[] properties = {"spring.datasource.url=jdbc:h2:file:" + folder.resolve("fixpoint"), "fixpoint.grading.concurrency=1"};
        Map<String, Visitor> learners = new LinkedHashMap<>();
        Map<String, List<String>> submitted = new LinkedHashMap<>();
        try (ServerProcess first = ServerProcess.start(folder, "first", properties)) {
            Visitor admin = new Visitor(first.uri());
            String setup = first.awaitSetupPath();
            admin.get(setup);
            admin.post("/setup", Map.of("token", setup.replaceFirst(".*token=", ""), "username", "admin", "password", PASSWORD));
            admin.signIn("admin", PASSWORD);
            for (int l = 1; l <= LEARNERS; l++) {
                String name = "learner-" + l;
                admin.get("/admin/users");
                assertThat(admin.post("/admin/users", Map.of("username", name, "password", PASSWORD, "role", "LEARNER")).body())
                        .contains("Created " + name);
                Visitor learner = new Visitor(first.uri());
                learner.signIn(name, PASSWORD);
                learner.createToken();
                learners.put(name, learner);
            }
            for (int attempt = 1; attempt <= EACH; attempt++) {
                for (Map.Entry<String, Visitor> learner : learners.entrySet()) {
                    HttpResponse<String> created = learner.getValue().api("POST", "/api/v1/labs/" + LAB + "/submissions",
                            json.writeValueAsString(Map.of("files", Map.of(FILE, SlowFix.pausing(100, learner.getKey() + " attempt " + attempt)))));
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    submitted.computeIfAbsent(learner.getKey(), key -> new ArrayList<>()).add(json.readTree(created.body()).get("id").asString());
                }
            }

            Map<String, Long> statuses = awaitOneRunningWithOthersQueued(learners, submitted);
            first.kill();

            assertThat(statuses).as("when the server was killed").containsKeys("RUNNING", "QUEUED");
        }

        try (ServerProcess second = ServerProcess.start(folder, "second", properties)) {
            for (Map.Entry<String, Visitor> learner : learners.entrySet()) {
                Visitor visitor = new Visitor(second.uri());
                visitor.signIn(learner.getKey(), PASSWORD);
                visitor.createToken();
                for (String id : submitted.get(learner.getKey())) {
                    JsonNode graded = awaitVerdict(second, visitor, id);
                    assertThat(graded.get("status").asString()).as(id).isEqualTo("DONE");
                    assertThat(graded.get("report").get("verdict").asString()).as(id).isEqualTo("SECURE");
                }
                JsonNode history = json.readTree(visitor.api("GET", "/api/v1/labs/" + LAB + "/submissions", null).body());
                List<String> listed = new ArrayList<>();
                history.forEach(entry -> {
                    listed.add(entry.get("id").asString());
                    assertThat(entry.get("status").asString()).isEqualTo("DONE");
                });
                assertThat(listed).as(learner.getKey() + "'s history").containsExactlyInAnyOrderElementsOf(submitted.get(learner.getKey()));
                JsonNode progress = json.readTree(visitor.api("GET", "/api/v1/progress", null).body());
                assertThat(progress.get(0).get("attempts").asInt()).isEqualTo(EACH);
            }
        }
    }

    /**
     * Waits until the grader has one submission running and others waiting, checks that the lab page of a waiting
     * one shows how many are ahead of it, and returns how many submissions were in each state.
     */
    private Map<String, Long> awaitOneRunningWithOthersQueued(Map<String, Visitor> learners, Map<String, List<String>> submitted)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Long> statuses = new LinkedHashMap<>();
            int furthestBack = 0;
            Visitor waiting = null;
            String waitingId = null;
            for (Map.Entry<String, Visitor> learner : learners.entrySet()) {
                for (String id : submitted.get(learner.getKey())) {
                    JsonNode view = json.readTree(learner.getValue().api("GET", "/api/v1/submissions/" + id, null).body());
                    statuses.merge(view.get("status").asString(), 1L, Long::sum);
                    if (view.hasNonNull("ahead") && view.get("ahead").asInt() > furthestBack) {
                        furthestBack = view.get("ahead").asInt();
                        waiting = learner.getValue();
                        waitingId = id;
                    }
                }
            }
            if (statuses.containsKey("RUNNING") && furthestBack >= 2) {
                // Two or more gradings of about a second each are ahead of it: it is still waiting when its page is read.
                assertThat(waiting.get("/labs/" + LAB + "/result?submission=" + waitingId).body())
                        .containsPattern("Queued: [1-9][0-9]* submission\\(s\\) ahead of yours");
                return statuses;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the grader never had one submission running and others waiting");
    }

    private JsonNode awaitVerdict(ServerProcess server, Visitor visitor, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.alive()).as("the restarted server is running; its output:\n%s", server.output()).isTrue();
            JsonNode view = json.readTree(visitor.api("GET", "/api/v1/submissions/" + id, null).body());
            if (view.get("status").asString().matches("DONE|FAILED")) {
                return view;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("submission " + id + " did not reach a verdict after the restart; the server's output:\n"
                + server.output());
    }
}
