package dev.fixpoint.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.fixpoint.cli.CliTests.fixpoint;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code fixpoint sarif upload} against a stand-in server on loopback that answers as docs/findings.md says. */
class SarifUploadTests {

    private static final Path SAMPLES = Path.of(System.getProperty("fixpoint.sarif.samples", "../grader/src/test/resources/sarif"));
    private static final Path CODEQL = SAMPLES.resolve("defectdojo-codeql-2.5.4-python.sarif");
    private static final Path SPOTBUGS = SAMPLES.resolve("spotbugs-4.9.6-findsecbugs-1.14.0-own-sample.sarif");
    private static final String COMMIT = "abc1234def5678abc1234def5678abc1234def56";
    /** The example answer of docs/findings.md. */
    private static final String CREATED = """
            {"upload": 12, "files": 1, "results": 9, "new": 5, "known": 4,
             "assigned": [{"assignment": 3, "developer": "alice", "lab": "sql-injection-search", "dueAt": "2026-12-13T10:00:00Z"}],
             "unassigned": 1, "gaps": 1}
            """;

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
    void oneRequestCarriesTheMetadataAndEachFileWithItsNameAndExactBytes() throws Exception {
        try (RecordingServer server = new RecordingServer(201, CREATED)) {
            server.storeLogin("fp_stored");

            CliTests.Run run = upload(server, CODEQL.toString(), SPOTBUGS.toString(), "--ref", "refs/heads/fix-search", "--author", "alice@example.com");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(server.requests()).hasSize(1);
            RecordingServer.Request request = server.requests().getFirst();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.uri().getPath()).isEqualTo("/api/v1/findings");
            assertThat(request.header("Authorization")).isEqualTo("Bearer fp_stored");
            List<RecordingServer.Part> parts = request.parts();
            assertThat(parts).extracting(RecordingServer.Part::name).containsExactly("repository", "commit", "ref", "author", "sarif", "sarif");
            assertThat(parts.subList(0, 4)).extracting(RecordingServer.Part::text)
                    .containsExactly("acme/payments", COMMIT, "refs/heads/fix-search", "alice@example.com");
            assertThat(parts.subList(0, 4)).extracting(RecordingServer.Part::fileName).containsOnlyNulls();
            for (int i = 0; i < 2; i++) {
                Path file = List.of(CODEQL, SPOTBUGS).get(i);
                RecordingServer.Part part = parts.get(4 + i);
                assertThat(part.fileName()).isEqualTo(file.getFileName().toString());
                assertThat(part.contentType()).isEqualTo("application/sarif+json");
                assertThat(part.content()).isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void theSummarySaysWhatTheServerDidWithTheFindings() throws Exception {
        try (RecordingServer server = new RecordingServer(201, CREATED)) {
            server.storeLogin("fp_stored");

            CliTests.Run run = upload(server, SPOTBUGS.toString());

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("""
                    Uploaded 9 results from 1 file to acme/payments@abc1234: 5 new, 4 already known.
                    Assigned sql-injection-search to alice, due 2026-12-13.
                    1 finding has no developer account yet; it waits in the leads' inbox.
                    1 finding has no lab yet (a gap in the curriculum).
                    """);
        }
    }

    @Test
    void countsAboveOneReadInThePlural() throws Exception {
        String answer = """
                {"upload": 13, "files": 2, "results": 1, "skipped": 3, "new": 1, "known": 0, "assigned": [], "unassigned": 2, "gaps": 3}
                """;
        try (RecordingServer server = new RecordingServer(201, answer)) {
            server.storeLogin("fp_stored");

            CliTests.Run run = upload(server, CODEQL.toString(), SPOTBUGS.toString(), "--only-new");

            assertThat(server.requests().getFirst().parts()).extracting(RecordingServer.Part::name).contains("onlyNew");
            assertThat(run.out()).isEqualTo("""
                    Uploaded 1 result from 2 files to acme/payments@abc1234: 1 new, 0 already known, 3 skipped (gone from the code, or not new).
                    2 findings have no developer account yet; they wait in the leads' inbox.
                    3 findings have no lab yet (gaps in the curriculum).
                    """);
        }
    }

    @Test
    void aMalformedFileIsNamedAndNothingIsSent() throws Exception {
        Path bad = SAMPLES.resolve("sarifsdk-none-invalid-not-sarif.sarif");
        try (RecordingServer server = new RecordingServer(201, CREATED)) {
            server.storeLogin("fp_stored");

            CliTests.Run run = upload(server, SPOTBUGS.toString(), bad.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains(bad.toString(), "not a SARIF log", "nothing was uploaded");
            assertThat(run.out()).isEmpty();
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void withoutATokenNothingIsSentAndTheMessageSaysToSetFixpointToken() throws Exception {
        try (RecordingServer server = new RecordingServer(201, CREATED); RecordingServer other = new RecordingServer(201, CREATED)) {
            // A login to another server is not a token for this one.
            other.storeLogin("fp_other");

            CliTests.Run run = upload(server, SPOTBUGS.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("set FIXPOINT_TOKEN", "CI service account");
            assertThat(server.requests()).isEmpty();
            assertThat(other.requests()).isEmpty();
        }
    }

    @Test
    void fixpointTokenInTheEnvironmentIsSentRatherThanTheStoredLogin() throws Exception {
        try (RecordingServer server = new RecordingServer(201, CREATED)) {
            server.storeLogin("fp_stored");

            CliProcess run = CliProcess.run(Map.of("FIXPOINT_TOKEN", "fp_from_ci_secret"), List.of("fixpoint.config=" + config),
                    "sarif", "upload", SPOTBUGS.toString(), "--server", server.url(), "--repo", "acme/payments", "--commit", COMMIT);

            assertThat(run.status()).as(run.output()).isZero();
            assertThat(server.requests()).singleElement().extracting(request -> request.header("Authorization"))
                    .isEqualTo("Bearer fp_from_ci_secret");
        }
    }

    @Test
    void aRejectedUploadExitsTwoWithTheServersDetail() throws Exception {
        String problem = """
                {"type": "about:blank", "title": "Bad Request", "status": 400,
                 "detail": "spotbugs.sarif: runs[0].results[3]: the fingerprint is not a string; nothing of the upload was stored"}
                """;
        try (RecordingServer server = new RecordingServer(400, problem)) {
            server.storeLogin("fp_stored");

            CliTests.Run run = upload(server, SPOTBUGS.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("400", "spotbugs.sarif: runs[0].results[3]: the fingerprint is not a string");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aTokenThatIsNotAServiceAccountsIsCalledThat() throws Exception {
        // What the server answers a personal token: Spring Boot's error page, which has no problem detail.
        String forbidden = """
                {"timestamp": "2026-11-29T06:40:40.712Z", "status": 403, "error": "Forbidden", "path": "/api/v1/findings"}
                """;
        try (RecordingServer server = new RecordingServer(403, forbidden)) {
            server.storeLogin("fp_personal");

            CliTests.Run run = upload(server, SPOTBUGS.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("the server answered 403: Forbidden; the token is not a CI service account's")
                    .doesNotContain("timestamp");
        }
    }

    @Test
    void badOptionsAreNamedAndNothingIsSent() throws Exception {
        try (RecordingServer server = new RecordingServer(201, CREATED)) {
            server.storeLogin("fp_stored");
            String file = SPOTBUGS.toString();

            assertThat(fixpoint("sarif", "upload", file, "--server", server.url(), "--repo", "acme payments", "--commit", COMMIT).err())
                    .contains("--repo", "'acme payments'");
            assertThat(fixpoint("sarif", "upload", file, "--server", server.url(), "--repo", "acme/payments", "--commit", "main").err())
                    .contains("--commit", "'main'", "hexadecimal");
            assertThat(fixpoint("sarif", "upload", file, "--server", server.url(), "--repo", "acme/payments", "--commit", COMMIT,
                    "--author", "Alice Example").err()).contains("--author", "not an email address");
            assertThat(fixpoint("sarif", "upload", file, "--server", "fixpoint.example.com", "--repo", "acme/payments", "--commit", COMMIT).err())
                    .contains("--server", "not an http or https URL");
            CliTests.Run missing = fixpoint("sarif", "upload", file, "--server", server.url(), "--repo", "acme/payments");
            assertThat(missing.status()).isEqualTo(2);
            assertThat(missing.err()).contains("--commit");
            assertThat(server.requests()).isEmpty();
        }
    }

    private static CliTests.Run upload(RecordingServer server, String... more) {
        List<String> args = new ArrayList<>(List.of("sarif", "upload", "--server", server.url(), "--repo", "acme/payments",
                "--commit", COMMIT));
        args.addAll(List.of(more));
        return fixpoint(args.toArray(String[]::new));
    }
}
