package dev.fixpoint.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.fixpoint.cli.CliTests.fixpoint;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code fixpoint gate} as a pull-request check, against a stand-in server on loopback that answers as docs/findings.md says. */
class GateCommandTests {

    private static final String SQL_INJECTION = """
            {"assignment": 3, "lab": "sql-injection-search", "title": "SQL injection in product search",
             "dueAt": "2026-11-20T10:00:00Z", "url": "https://fixpoint.example.com/labs/sql-injection-search"}""";
    private static final String PATH_TRAVERSAL = """
            {"assignment": 4, "lab": "path-traversal-download", "title": "Path traversal in a file download",
             "dueAt": "2026-12-13T10:00:00Z", "url": "https://fixpoint.example.com/labs/path-traversal-download"}""";

    @TempDir
    Path config;

    @BeforeEach
    void noLogin() {
        System.setProperty("fixpoint.config", config.toString());
    }

    @AfterEach
    void forgetConfig() {
        System.clearProperty("fixpoint.config");
    }

    @Test
    void passedExitsZeroAndListsTheTrainingDueLater() throws Exception {
        String answer = "{\"author\": \"alice+ci@example.com\", \"developer\": \"alice\", \"passed\": true, \"overdue\": [], \"open\": ["
                + PATH_TRAVERSAL + "]}";
        try (RecordingServer server = new RecordingServer(200, answer)) {
            server.storeLogin("fp_stored");

            CliTests.Run run = fixpoint("gate", "--server", server.url(), "--author", "alice+ci@example.com");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("""
                    Training gate passed for alice+ci@example.com.
                    Training due later:
                      - Path traversal in a file download (path-traversal-download), due 2026-12-13: https://fixpoint.example.com/labs/path-traversal-download
                    """);
            RecordingServer.Request request = server.requests().getFirst();
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.uri().getRawPath()).isEqualTo("/api/v1/gate");
            assertThat(request.uri().getRawQuery()).isEqualTo("author=alice%2Bci%40example.com");
            assertThat(request.header("Authorization")).isEqualTo("Bearer fp_stored");
        }
    }

    @Test
    void overdueTrainingExitsOneNamingEachLabWithItsDueDateAndLink() throws Exception {
        String answer = "{\"author\": \"alice@example.com\", \"developer\": \"alice\", \"passed\": false, \"overdue\": ["
                + SQL_INJECTION + "], \"open\": [" + PATH_TRAVERSAL + "]}";
        try (RecordingServer server = new RecordingServer(200, answer)) {
            server.storeLogin("fp_stored");

            CliTests.Run run = fixpoint("gate", "--server", server.url(), "--author", "alice@example.com");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).isEqualTo("""
                    Training gate failed for alice@example.com: 1 lab is overdue.
                    Overdue:
                      - SQL injection in product search (sql-injection-search), due 2026-11-20: https://fixpoint.example.com/labs/sql-injection-search
                    Due later:
                      - Path traversal in a file download (path-traversal-download), due 2026-12-13: https://fixpoint.example.com/labs/path-traversal-download
                    This pull request can merge once the overdue lab is solved on Fixpoint; then run this check again.
                    """);
        }
    }

    @Test
    void anAuthorWithoutAnAccountPassesAndIsToldSo() throws Exception {
        String answer = "{\"author\": \"12345+bob@users.noreply.github.com\", \"developer\": null, \"passed\": true, \"overdue\": [], \"open\": []}";
        try (RecordingServer server = new RecordingServer(200, answer)) {
            server.storeLogin("fp_stored");

            CliTests.Run run = fixpoint("gate", "--server", server.url(), "--author", "12345+bob@users.noreply.github.com");

            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("passed", "No Fixpoint account has this email");
        }
    }

    @Test
    void withoutATokenTheGateExitsTwoAndAsksNothing() throws Exception {
        try (RecordingServer server = new RecordingServer(200, "{\"passed\": true}")) {
            CliTests.Run run = fixpoint("gate", "--server", server.url(), "--author", "alice@example.com");

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("set FIXPOINT_TOKEN", "CI service account");
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void aRefusedTokenIsAnErrorNotAFailedGate() throws Exception {
        try (RecordingServer server = new RecordingServer(401, "{\"status\": 401, \"detail\": \"The token is not valid\"}")) {
            server.storeLogin("fp_revoked");

            CliTests.Run run = fixpoint("gate", "--server", server.url(), "--author", "alice@example.com");

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("401", "The token is not valid", "FIXPOINT_TOKEN");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void anAnswerThatIsNotTheGatesIsAnErrorNotAVerdict() throws Exception {
        try (RecordingServer signIn = new RecordingServer(200, "<html><body>Sign in</body></html>");
             RecordingServer other = new RecordingServer(200, "{\"status\": \"ok\"}")) {
            signIn.storeLogin("fp_stored");
            CliTests.Run html = fixpoint("gate", "--server", signIn.url(), "--author", "alice@example.com");
            other.storeLogin("fp_stored");
            CliTests.Run json = fixpoint("gate", "--server", other.url(), "--author", "alice@example.com");

            assertThat(html.status()).isEqualTo(2);
            assertThat(html.err()).contains("not JSON", signIn.url());
            assertThat(json.status()).isEqualTo(2);
            assertThat(json.err()).contains("neither", "passed");
        }
    }

    @Test
    void anUnreachableServerIsNamed() throws Exception {
        String url;
        try (RecordingServer gone = new RecordingServer(200, "{\"passed\": true}")) {
            url = gone.url();
            gone.storeLogin("fp_stored");
        }

        CliTests.Run run = fixpoint("gate", "--server", url, "--author", "alice@example.com");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot reach " + url + "/");
    }

    @Test
    void badOptionsExitTwoAndAskNothing() throws Exception {
        try (RecordingServer server = new RecordingServer(200, "{\"passed\": true}")) {
            server.storeLogin("fp_stored");

            assertThat(fixpoint("gate", "--server", server.url()).status()).isEqualTo(2);
            CliTests.Run notAnEmail = fixpoint("gate", "--server", server.url(), "--author", "");
            assertThat(notAnEmail.status()).isEqualTo(2);
            assertThat(notAnEmail.err()).contains("--author");
            assertThat(server.requests()).isEmpty();
        }
    }
}
