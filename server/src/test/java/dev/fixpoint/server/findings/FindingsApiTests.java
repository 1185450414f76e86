package dev.fixpoint.server.findings;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Findings uploaded from CI become assignments for their authors, or wait in the leads' inbox. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:findings-api;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1",
        "fixpoint.findings.max-results=1000", "fixpoint.findings.max-depth=40",
        "fixpoint.findings.max-request-size=4MB"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("sandbox")
class FindingsApiTests {

    static final String PASSWORD = "a long enough password";
    static final String SPOTBUGS = "spotbugs-4.9.6-findsecbugs-1.14.0-own-sample.sarif";
    static final String GHAS = "sarifsdk-cwesamplerscanner-ghas-sample.sarif";
    private static final Pattern NEW_TOKEN = Pattern.compile("<pre id=\"new-token\">(fp_[^<]+)</pre>");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    private final JsonMapper json = JsonMapper.builder().build();
    private String ciToken;
    /** Names, emails and repositories are unique per run, so that a database that outlives the run (PostgreSQL) takes it again. */
    final String run = Long.toString(System.nanoTime(), 36);

    @BeforeAll
    void createPeople() throws Exception {
        accounts.create("admin-" + run, PASSWORD, Role.ADMIN);
        accounts.create("lena-" + run, PASSWORD, Role.LEAD);
        accounts.create("alice-" + run, PASSWORD, Role.LEARNER, "Alice-" + run + "@Example.com");
        accounts.create("bob-" + run, PASSWORD, Role.LEARNER, "bob-" + run + "@example.com");
        ciToken = serviceAccountToken("ci-payments-" + run);
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }

    String serviceAccountToken(String name) throws Exception {
        String page = mvc.perform(post("/admin/service-accounts").param("name", name).session(signIn("admin-" + run)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = NEW_TOKEN.matcher(page);
        assertThat(token.find()).as("the page shows the new token once").isTrue();
        return token.group(1);
    }

    static MockMultipartFile sample(String name) throws Exception {
        return new MockMultipartFile("sarif", name, "application/sarif+json",
                Files.readAllBytes(Path.of(System.getProperty("fixpoint.sarif.samples"), name)));
    }

    static MockMultipartFile sarif(String name, String content) {
        return new MockMultipartFile("sarif", name, "application/sarif+json", content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    ResultActions upload(String token, String repository, String author, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/v1/findings").param("repository", repository).param("commit", "0123456789abcdef0123456789abcdef01234567")
                .param("ref", "refs/heads/main").header("Authorization", "Bearer " + token);
        if (author != null) {
            request.param("author", author);
        }
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request);
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    JsonNode inbox(String query) throws Exception {
        return body(mvc.perform(get("/api/v1/findings" + query).session(signIn("lena-" + run))).andExpect(status().isOk()));
    }

    @Test
    void anUploadAssignsTheLabToTheCommitAuthorAndTheSameFindingsUploadedAgainAreNotNew() throws Exception {
        JsonNode first = body(upload(ciToken, "acme/shop-" + run, "alice-" + run + "@example.COM", sample(SPOTBUGS)).andExpect(status().isCreated()));
        assertThat(first.get("results").asInt()).isEqualTo(5);
        assertThat(first.get("new").asInt()).isEqualTo(5);
        // The sample's SQL injection and its unsafe deserialization, each with the lab that trains it.
        assertThat(first.get("assigned")).hasSize(2).allSatisfy(assigned -> assertThat(assigned.get("developer").asString()).isEqualTo("alice-" + run))
                .extracting(assigned -> assigned.get("lab").asString()).containsExactlyInAnyOrder("sql-injection-search", "spring-jackson-polymorphic-typing");
        JsonNode assigned = first.get("assigned").get(first.get("assigned").get(0).get("lab").asString().equals("sql-injection-search") ? 0 : 1);
        // SpotBugs rates SQL injection "warning": medium severity, due in 30 days by default.
        assertThat(OffsetDateTime.parse(assigned.get("dueAt").asString()))
                .isCloseTo(OffsetDateTime.now().plusDays(30), within(Duration.ofMinutes(5)));
        assertThat(first.get("unassigned").asInt()).isZero();
        assertThat(first.get("gaps").asInt()).as("a broad throws clause and an unclosed stream have no lab").isEqualTo(2);

        JsonNode again = body(upload(ciToken, "acme/shop-" + run, "alice-" + run + "@example.com", sample(SPOTBUGS)).andExpect(status().isCreated()));
        assertThat(again.get("new").asInt()).isZero();
        assertThat(again.get("known").asInt()).isEqualTo(5);
        assertThat(again.get("assigned")).isEmpty();

        JsonNode sql = inbox("?repository=acme/shop-" + run + "&cwe=89");
        assertThat(sql).hasSize(2).allSatisfy(finding -> {
            assertThat(finding.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(finding.get("developer").asString()).isEqualTo("alice-" + run);
            assertThat(finding.get("timesSeen").asInt()).isEqualTo(2);
            assertThat(finding.get("file").asString()).isEqualTo("lab/Repo.java");
            assertThat(finding.get("line").asInt()).isEqualTo(6);
        });
        assertThat(inbox("?repository=acme/shop-" + run + "&status=NO_LAB")).hasSize(2);
        JsonNode mine = body(mvc.perform(get("/api/v1/assignments").session(signIn("alice-" + run))).andExpect(status().isOk()));
        assertThat(mine).extracting(assignment -> assignment.get("labId").asString())
                .containsExactlyInAnyOrder("sql-injection-search", "spring-jackson-polymorphic-typing");
        assertThat(body(mvc.perform(get("/api/v1/assignments").session(signIn("bob-" + run))))).isEmpty();
    }

    @Test
    void findingsOfAnAuthorWithoutAnAccountWaitInTheInboxUntilALeadAssignsThem() throws Exception {
        JsonNode summary = body(upload(ciToken, "acme/web-" + run, "contractor-" + run + "@elsewhere.example", sample(GHAS)).andExpect(status().isCreated()));
        assertThat(summary.get("results").asInt()).isEqualTo(7);
        assertThat(summary.get("assigned")).isEmpty();
        // Hard-coded credentials (CWE-798) are a kind of improper authentication (CWE-287), which the JWT lab trains.
        assertThat(summary.get("unassigned").asInt()).as("two XSS, SQL injection, path traversal, hard-coded credentials,"
                + " access-control granularity (CWE-1220, which the tenant isolation lab trains)").isEqualTo(6);
        assertThat(summary.get("gaps").asInt()).as("prompt injection (no CWE)").isEqualTo(1);

        JsonNode waiting = inbox("?repository=acme/web-" + run + "&status=UNASSIGNED");
        assertThat(waiting).hasSize(6);
        long sqlInjection = 0;
        for (JsonNode finding : waiting) {
            if (finding.get("cwe").asInt() == 89) {
                sqlInjection = finding.get("id").asLong();
            }
        }
        MockHttpSession lead = signIn("lena-" + run);
        JsonNode assigned = body(mvc.perform(post("/api/v1/findings/" + sqlInjection + "/assignee").session(lead).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"developer\": \"bob-" + run + "\"}")).andExpect(status().isOk()));
        assertThat(assigned.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.get("developer").asString()).isEqualTo("bob-" + run);
        // Severity "error" without a security-severity score: high, due in 14 days.
        assertThat(OffsetDateTime.parse(assigned.get("assignmentDueAt").asString()))
                .isCloseTo(OffsetDateTime.now().plusDays(14), within(Duration.ofMinutes(5)));
        assertThat(body(mvc.perform(get("/api/v1/assignments").session(signIn("bob-" + run)))).get(0).get("labId").asString())
                .isEqualTo("sql-injection-search");

        mvc.perform(post("/api/v1/findings/" + sqlInjection + "/assignee").session(lead).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"developer\": \"alice-" + run + "\"}"))
                .andExpect(status().isBadRequest());
        assertThat(inbox("?developer=bob-" + run + "&repository=acme/web-" + run)).hasSize(1);

        // The author joins: the findings that waited for them are theirs as soon as their account has the email.
        accounts.create("carl-" + run, PASSWORD, Role.LEARNER, "Contractor-" + run + "@elsewhere.example");
        assertThat(inbox("?repository=acme/web-" + run + "&status=UNASSIGNED")).isEmpty();
        assertThat(inbox("?developer=carl-" + run)).hasSize(5);
        assertThat(body(mvc.perform(get("/api/v1/assignments").session(signIn("carl-" + run)))))
                .extracting(assignment -> assignment.get("labId").asString())
                .containsExactlyInAnyOrder("stored-xss-comments", "path-traversal-download", "jwt-verification", "spring-tenant-isolation");
    }

    @Test
    void aMalformedFileStoresNothingOfTheUploadAndTheErrorNamesIt() throws Exception {
        JsonNode problem = body(upload(ciToken, "acme/broken-" + run, "alice-" + run + "@example.com", sample(GHAS),
                sample("sarifsdk-none-invalid-not-sarif.sarif")).andExpect(status().isBadRequest()));
        assertThat(problem.get("detail").asString()).startsWith("sarifsdk-none-invalid-not-sarif.sarif: not a SARIF log");
        assertThat(inbox("?repository=acme/broken-" + run)).isEmpty();
    }

    @Test
    void uploadsOverTheLimitsAreRefusedWithTheLimitNamed() throws Exception {
        JsonNode many = body(upload(ciToken, "acme/big-" + run, null, sample("defectdojo-semgrep-0.17.0-owasp-benchmark-java.sarif"))
                .andExpect(status().isBadRequest()));
        assertThat(many.get("detail").asString()).contains("1768 results, more than the limit of 1000");
        String deep = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},\"results\":[],\"properties\":"
                + "[".repeat(50) + "]".repeat(50) + "}]}";
        JsonNode nested = body(upload(ciToken, "acme/big-" + run, null, sarif("deep.sarif", deep)).andExpect(status().isBadRequest()));
        assertThat(nested.get("detail").asString()).startsWith("deep.sarif: ").contains("nest");
        assertThat(inbox("?repository=acme/big-" + run)).isEmpty();

        // Larger than any other request may be (2 MiB), within the uploads' own limit (4 MB here).
        String padded = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},\"results\":[],"
                + "\"properties\":{\"padding\":\"" + "x".repeat(3_000_000) + "\"}}]}";
        upload(ciToken, "acme/big-" + run, null, sarif("padded.sarif", padded)).andExpect(status().isCreated());
        // A real server refuses such a request by its Content-Length (FindingsToTrainingTests); here the file's own limit says it.
        String tooLarge = padded.replace("x".repeat(3_000_000), "x".repeat(4_200_000));
        assertThat(body(upload(ciToken, "acme/big-" + run, null, sarif("too-large.sarif", tooLarge)).andExpect(status().isBadRequest()))
                .get("detail").asString()).startsWith("too-large.sarif: ").contains("larger than");
    }

    @Test
    void uploadDetailsAreCheckedAndTheErrorNamesTheField() throws Exception {
        assertThat(body(upload(ciToken, "", null, sample(GHAS)).andExpect(status().isBadRequest())).get("detail").asString())
                .startsWith("'repository'");
        assertThat(body(upload(ciToken, "acme/x", "not an email", sample(GHAS)).andExpect(status().isBadRequest())).get("detail").asString())
                .startsWith("'author'");
        assertThat(body(upload(ciToken, "acme/x", null).andExpect(status().isBadRequest())).get("detail").asString())
                .contains("No SARIF file");
        assertThat(body(mvc.perform(multipart("/api/v1/findings").file(sample(GHAS)).param("repository", "acme/x").param("commit", "xyz")
                .header("Authorization", "Bearer " + ciToken)).andExpect(status().isBadRequest())).get("detail").asString())
                .startsWith("'commit'");
    }

    @Test
    void resultsGoneFromTheCodeAreNeverStoredAndOnlyNewLeavesOutThoseTheBaselineHad() throws Exception {
        String compared = """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "CodeQL", "rules": [{"id": "java/sql-injection",
                  "properties": {"tags": ["external/cwe/cwe-089"]}}]}}, "results": [
                  {"ruleId": "java/sql-injection", "message": {"text": "new"}, "baselineState": "new"},
                  {"ruleId": "java/sql-injection", "message": {"text": "unchanged"}, "baselineState": "unchanged"},
                  {"ruleId": "java/sql-injection", "message": {"text": "fixed since"}, "baselineState": "absent"}]}]}
                """;
        JsonNode all = body(upload(ciToken, "acme/compared-" + run, null, sarif("compared.sarif", compared)).andExpect(status().isCreated()));
        assertThat(all.get("results").asInt()).isEqualTo(3);
        assertThat(all.get("skipped").asInt()).isEqualTo(1);
        assertThat(all.get("new").asInt()).isEqualTo(2);

        JsonNode onlyNew = body(mvc.perform(multipart("/api/v1/findings").file(sarif("compared.sarif", compared))
                .param("repository", "acme/compared-new-" + run).param("commit", "abcdef1").param("onlyNew", "true")
                .header("Authorization", "Bearer " + ciToken)).andExpect(status().isCreated()));
        assertThat(onlyNew.get("skipped").asInt()).isEqualTo(2);
        assertThat(onlyNew.get("new").asInt()).isEqualTo(1);
        assertThat(inbox("?repository=acme/compared-new-" + run)).extracting(finding -> finding.get("message").asString()).containsExactly("new");
    }
}
