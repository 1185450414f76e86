package dev.fixpoint.server;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way from a scanner to training, through the real HTTP server and the real CLI: CI uploads a real
 * SARIF file, the commit author finds the lab assigned with the reason, the gate fails while it is overdue, the
 * author fixes the lab and the gate passes; a receiver on loopback gets both webhook events, signed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:findings-to-training;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1",
                // Due at once, so that the gate can be seen failing without waiting days.
                "fixpoint.assignments.due.medium=0s",
                // The test's requests stand for a TLS proxy on loopback.
                "fixpoint.trusted-proxies=127.0.0.1",
                // The webhook receiver is on loopback.
                "fixpoint.webhooks.allow-internal-destinations=true"})
@Tag("sandbox")
@Tag("process")
class FindingsToTrainingTests {

    private static final String PASSWORD = "a long enough password";
    private static final String LAB = "sql-injection-search";
    private static final String FILE = "src/shop/ProductRepository.java";
    private static final String SHA = "9fceb02d0ae598e95dc970b74767f19372d61af8";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    private final JsonMapper json = JsonMapper.builder().build();
    @RegisterExtension
    final CliConfig cliConfig = new CliConfig();

    @Test
    void aScannerFindingInCiBecomesTrainingForItsAuthorAndTheGatePassesOnceItIsDone() throws Exception {
        try (Receiver receiver = new Receiver()) {
            fromScannerToTraining(receiver);
        }
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            // Only the headers are sent: the server must answer from the Content-Length, without waiting for 25 MB.
            socket.getOutputStream().write(("POST /api/v1/findings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer fp_x\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 25000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isEqualTo("HTTP/1.1 413 ");
        }
    }

    private void fromScannerToTraining(Receiver receiver) throws Exception {
        String server = "http://127.0.0.1:" + port;
        accounts.create("admin", PASSWORD, Role.ADMIN);
        accounts.create("alice", PASSWORD, Role.LEARNER, "alice@example.com");
        Visitor admin = new Visitor(URI.create(server));
        admin.signIn("admin", PASSWORD);
        String ciToken = admin.createServiceAccount("ci-shop");
        admin.get("/admin/webhooks");
        String registered = admin.post("/admin/webhooks", Map.of("url", receiver.url(),
                "events", "assignment.created,assignment.completed")).body();
        Matcher secret = Pattern.compile("<pre id=\"new-secret\">(whsec_[^<]+)</pre>").matcher(registered);
        assertThat(secret.find()).as(registered).isTrue();

        CliRun login = CliRun.fixpoint(ciToken + "\n", "login", server, "--token-stdin");
        assertThat(login.status()).as(login.err()).isZero();
        Path sarif = withoutDeserialization(Path.of(System.getProperty("fixpoint.sarif.samples"), "spotbugs-4.9.6-findsecbugs-1.14.0-own-sample.sarif"));
        CliRun upload = CliRun.fixpoint("", "sarif", "upload", sarif.toString(), "--server", server, "--repo", "acme/shop", "--commit", SHA,
                "--ref", "refs/heads/feature/search", "--author", "alice@example.com");
        assertThat(upload.status()).as(upload.out() + upload.err()).isZero();
        assertThat(upload.out()).contains("4 new", "Assigned sql-injection-search to alice");

        Visitor alice = new Visitor(URI.create(server));
        alice.signIn("alice", PASSWORD);
        String lab = alice.get("/labs/" + LAB).body();
        assertThat(lab).contains("Why you are seeing this", "Potential JDBC Injection", "acme/shop", "9fceb02", "refs/heads/feature/search",
                "lab/Repo.java", "line <span>6</span>", "(overdue)");
        assertThat(alice.get("/").body()).contains("Assigned to you", "overdue");

        CliRun failing = CliRun.fixpoint("", "gate", "--server", server, "--author", "alice@example.com");
        assertThat(failing.status()).as(failing.out() + failing.err()).isEqualTo(1);
        assertThat(failing.out()).contains(LAB, server + "/labs/" + LAB);
        // Behind a trusted TLS proxy on loopback, the gate links to the lab at the proxy's address.
        HttpResponse<String> proxied = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server + "/api/v1/gate?author=alice@example.com"))
                .header("Authorization", "Bearer " + ciToken).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "fixpoint.example.com").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(proxied.body()).at("/overdue/0/url").asString()).isEqualTo("https://fixpoint.example.com/labs/" + LAB);

        alice.createToken();
        String fix = Files.readString(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution", FILE));
        HttpResponse<String> created = alice.api("POST", "/api/v1/labs/" + LAB + "/submissions",
                json.writeValueAsString(Map.of("files", Map.of(FILE, fix))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(awaitVerdict(alice, json.readTree(created.body()).get("id").asString())).isEqualTo("SECURE");

        CliRun passing = CliRun.fixpoint("", "gate", "--server", server, "--author", "alice@example.com");
        assertThat(passing.status()).as(passing.out() + passing.err()).isZero();
        assertThat(passing.out()).contains("Training gate passed for alice@example.com");
        assertThat(alice.get("/labs/" + LAB).body()).contains("You solved this lab after a scanner flagged code you committed");

        List<JsonNode> events = receiver.await(2, secret.group(1));
        assertThat(events).extracting(event -> event.get("event").asString()).containsExactly("assignment.created", "assignment.completed");
        JsonNode assigned = events.get(0);
        assertThat(assigned.at("/assignment/developer/username").asString()).isEqualTo("alice");
        assertThat(assigned.at("/assignment/lab/id").asString()).isEqualTo(LAB);
        assertThat(assigned.at("/findings/0/repository").asString()).isEqualTo("acme/shop");
        assertThat(assigned.at("/findings/0/file").asString()).isEqualTo("lab/Repo.java");
        assertThat(events.get(1).at("/assignment/status").asString()).isEqualTo("COMPLETED");
    }

    /**
     * The sample without its unsafe-deserialization result, which assigns a lab of its own: this story follows one
     * finding's lab from the upload to the gate.
     */
    private Path withoutDeserialization(Path sample) throws IOException {
        tools.jackson.databind.node.ObjectNode sarif = (tools.jackson.databind.node.ObjectNode) json.readTree(sample.toFile());
        tools.jackson.databind.node.ArrayNode results = (tools.jackson.databind.node.ArrayNode) sarif.get("runs").get(0).get("results");
        for (int i = results.size() - 1; i >= 0; i--) {
            if (results.get(i).get("ruleId").asString().equals("OBJECT_DESERIALIZATION")) {
                results.remove(i);
            }
        }
        Path trimmed = Files.createTempFile("spotbugs-sql-only", ".sarif");
        trimmed.toFile().deleteOnExit();
        Files.writeString(trimmed, json.writeValueAsString(sarif));
        return trimmed;
    }

    /** A webhook receiver on loopback that keeps the events whose signature verifies with the secret. */
    private static final class Receiver implements AutoCloseable {

        private final HttpServer server;
        private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
        private final List<String> signatures = new CopyOnWriteArrayList<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hooks", exchange -> {
                bodies.add(exchange.getRequestBody().readAllBytes());
                signatures.add(exchange.getRequestHeaders().getFirst("X-Fixpoint-Signature-256"));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        List<JsonNode> await(int count, String secret) throws Exception {
            for (int i = 0; i < 300 && bodies.size() < count; i++) {
                Thread.sleep(100);
            }
            assertThat(bodies).as("webhook deliveries").hasSize(count);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            List<JsonNode> events = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                assertThat(signatures.get(i)).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(bodies.get(i))));
                events.add(JsonMapper.builder().build().readTree(bodies.get(i)));
            }
            return events;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private String awaitVerdict(Visitor learner, String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode submission = json.readTree(learner.api("GET", "/api/v1/submissions/" + id, null).body());
            if (submission.get("status").asString().matches("DONE|FAILED")) {
                return submission.path("report").path("verdict").asString(submission.get("status").asString());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("submission " + id + " was not graded within 60 s");
    }
}
