package dev.fixpoint.server;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server started as {@code ./fixpoint serve} starts it, in a JVM of its own: the sandbox's isolation given on its
 * command line reaches the sandbox (over what its environment says), as the operator sees in {@code /actuator/health},
 * and a level that does not exist, given in its environment, stops it with a message naming the variable.
 */
@Tag("sandbox")
@Tag("process")
class ServeSettingsTests {

    private static final String PASSWORD = "a long enough password";

    @Test
    void theIsolationGivenOnTheCommandLineReachesTheSandbox(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path folder) throws Exception {
        try (ServerProcess server = ServerProcess.start(folder, "process", Map.of("FIXPOINT_SANDBOX_ISOLATION", "required"),
                "spring.datasource.url=jdbc:h2:mem:serve-settings", "fixpoint.grading.concurrency=1", "fixpoint.sandbox.aot-cache=off",
                "fixpoint.sandbox.isolation=process")) {
            String setup = server.awaitSetupPath();
            Visitor admin = new Visitor(server.uri());
            admin.get(setup);
            admin.post("/setup", Map.of("token", setup.replaceFirst(".*token=", ""), "username", "admin", "password", PASSWORD));
            admin.signIn("admin", PASSWORD);

            HttpResponse<String> health = admin.get("/actuator/health");

            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            JsonNode sandbox = JsonMapper.builder().build().readTree(health.body()).path("components").path("sandbox");
            assertThat(sandbox.path("status").asString()).isEqualTo("UP");
            assertThat(sandbox.path("details").path("isolation").asString()).isEqualTo("reduced");
            assertThat(sandbox.path("details").path("description").asString()).contains("plain child processes");
            assertThat(server.output()).contains("Isolation is REDUCED (fixpoint.sandbox.isolation=process)");
        }
    }

    @Test
    void anIsolationLevelThatDoesNotExistStopsTheServerNamingTheVariable(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path folder)
            throws Exception {
        String output = ServerProcess.failedStart(folder, "strict", Map.of("FIXPOINT_SANDBOX_ISOLATION", "strict"),
                "spring.datasource.url=jdbc:h2:mem:serve-strict");

        assertThat(output).contains("APPLICATION FAILED TO START", "Property: fixpoint.sandbox.isolation", "Value: \"strict\"",
                "System Environment Property \"FIXPOINT_SANDBOX_ISOLATION\"", "PROCESS", "REDUCED", "REQUIRED")
                .doesNotContain("Fixpoint is running at");
    }
}
