package dev.fixpoint.server.findings;

import dev.fixpoint.server.ServerTest;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may reach findings: CI service accounts upload and ask the gate and nothing else; leads and admins triage;
 * a developer sees the findings behind their own assignments, with every scanner text escaped.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsAccessTests {

    private static final String PASSWORD = FindingsApiTests.PASSWORD;
    private static final Pattern NEW_TOKEN = Pattern.compile("<pre id=\"new-token\">(fp_[^<]+)</pre>");
    /** A result whose texts try to run script wherever they are shown. */
    private static final String HOSTILE = """
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "<b>Scanner</b>", "rules": [{"id": "sqli<script>",
              "name": "<img src=x onerror=alert(1)>", "properties": {"tags": ["external/cwe/cwe-089"]}}]}},
              "results": [{"ruleId": "sqli<script>", "level": "error", "message": {"text": "<script>alert('message')</script>"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": "src/<svg onload=alert(2)>.java"}, "region": {"startLine": 3}}}],
                "partialFingerprints": {"primaryLocationLineHash": "hostile:1"}}]}]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    private final JsonMapper json = JsonMapper.builder().build();
    private String ciToken;
    private String learnerToken;
    private long findingId;

    @BeforeAll
    void uploadAHostileFinding() throws Exception {
        accounts.create("admin", PASSWORD, Role.ADMIN);
        accounts.create("lena", PASSWORD, Role.LEAD);
        accounts.create("carol", PASSWORD, Role.LEARNER, "carol@example.com");
        accounts.create("mallet", PASSWORD, Role.LEARNER, "mallet@example.com");
        String page = mvc.perform(post("/admin/service-accounts").param("name", "ci-web").session(signIn("admin")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher token = NEW_TOKEN.matcher(page);
        assertThat(token.find()).isTrue();
        ciToken = token.group(1);
        page = mvc.perform(post("/account/tokens").param("name", "cli").session(signIn("mallet")).with(csrf())).andReturn().getResponse().getContentAsString();
        Matcher learner = NEW_TOKEN.matcher(page);
        assertThat(learner.find()).isTrue();
        learnerToken = learner.group(1);
        JsonNode summary = json.readTree(mvc.perform(multipart("/api/v1/findings").file(FindingsApiTests.sarif("hostile.sarif", HOSTILE))
                .param("repository", "acme/web").param("commit", "abcdef1234567").param("author", "carol@example.com")
                .header("Authorization", "Bearer " + ciToken)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(summary.get("assigned").get(0).get("lab").asString()).isEqualTo("sql-injection-search");
        findingId = json.readTree(mvc.perform(get("/api/v1/findings?repository=acme/web").session(signIn("lena")))
                .andReturn().getResponse().getContentAsString()).get(0).get("id").asLong();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }

    @Test
    void aServiceAccountTokenUploadsAndAsksTheGateButReachesNothingElse() throws Exception {
        String bearer = "Bearer " + ciToken;
        mvc.perform(get("/api/v1/gate?author=carol@example.com").header("Authorization", bearer)).andExpect(status().isOk());
        for (String path : new String[] {"/api/v1/findings", "/api/v1/assignments", "/api/v1/labs", "/api/v1/tokens", "/api/v1/submissions/x"}) {
            mvc.perform(get(path).header("Authorization", bearer)).andExpect(status().isForbidden());
        }
        // Tokens are for the API only: on pages they are no sign-in at all.
        mvc.perform(get("/findings").header("Authorization", bearer)).andExpect(redirectedUrl("/login"));
        mvc.perform(put("/api/v1/findings/" + findingId + "/backlog").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"backlog\": \"PAY-1\"}")).andExpect(status().isForbidden());
        mvc.perform(formLogin("/login").user("ci-web").password("")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void learnersCannotUploadTriageOrAskTheGate() throws Exception {
        mvc.perform(multipart("/api/v1/findings").file(FindingsApiTests.sarif("x.sarif", HOSTILE)).param("repository", "acme/x")
                .param("commit", "abcdef1").header("Authorization", "Bearer " + learnerToken)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/gate?author=carol@example.com").header("Authorization", "Bearer " + learnerToken)).andExpect(status().isForbidden());
        MockHttpSession mallory = signIn("mallet");
        mvc.perform(get("/findings").session(mallory)).andExpect(status().isForbidden());
        mvc.perform(get("/findings/" + findingId).session(mallory)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/findings").session(mallory)).andExpect(status().isForbidden());
        mvc.perform(post("/findings/" + findingId + "/backlog").param("backlog", "PAY-9").session(mallory).with(csrf()))
                .andExpect(status().isForbidden());
        // Without a token the request is a browser's: refused for want of a CSRF token before anything is read.
        mvc.perform(multipart("/api/v1/findings").param("repository", "acme/x")).andExpect(status().isForbidden());
    }

    @Test
    void aDeveloperSeesOnlyTheirOwnFindingsOnTheLabPage() throws Exception {
        String carol = mvc.perform(get("/labs/sql-injection-search").session(signIn("carol"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(carol).contains("Why you are seeing this", "acme/web", "abcdef1", "line <span>3</span>");
        String mallory = mvc.perform(get("/labs/sql-injection-search").session(signIn("mallet"))).andReturn().getResponse().getContentAsString();
        assertThat(mallory).doesNotContain("Why you are seeing this", "acme/web");
    }

    @Test
    void scannerTextsAreEscapedOnEveryPage() throws Exception {
        MockHttpSession lead = signIn("lena");
        String[] pages = {
            mvc.perform(get("/findings").session(lead)).andReturn().getResponse().getContentAsString(),
            mvc.perform(get("/findings/" + findingId).session(lead)).andReturn().getResponse().getContentAsString(),
            mvc.perform(get("/labs/sql-injection-search").session(signIn("carol"))).andReturn().getResponse().getContentAsString()};
        for (String page : pages) {
            assertThat(page).doesNotContain("<script>alert", "<img src=x", "<svg onload", "<b>Scanner");
            assertThat(page).containsAnyOf("&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(&#39;message&#39;)&lt;/script&gt;");
        }
        assertThat(pages[1]).contains("&lt;script&gt;alert(&#39;message&#39;)&lt;/script&gt;", "src/&lt;svg onload=alert(2)&gt;.java");
    }

    @Test
    void backlogLinksAreCheckedAndShownToTheLeadAndTheDeveloper() throws Exception {
        MockHttpSession lead = signIn("lena");
        String refused = mvc.perform(post("/findings/" + findingId + "/backlog").param("backlog", "javascript:alert(1)").session(lead).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("is neither");
        mvc.perform(put("/api/v1/findings/" + findingId + "/backlog").session(lead).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"backlog\": \"https://evil.example/phish\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/findings/" + findingId + "/backlog").param("backlog", "SEC-42").session(lead).with(csrf())).andExpect(status().isOk());
        String page = mvc.perform(post("/findings/" + findingId + "/assignment-backlog")
                        .param("backlog", "https://gitlab.example.com/acme/web/-/issues/7").session(lead).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Saved the assignment&#39;s backlog link.");

        // The inbox and the finding name the lab by its title.
        assertThat(mvc.perform(get("/findings").session(lead)).andReturn().getResponse().getContentAsString())
                .contains("SEC-42", ">SQL injection in a product search</a>");
        assertThat(mvc.perform(get("/findings/" + findingId).session(lead)).andReturn().getResponse().getContentAsString())
                .contains(">SQL injection in a product search</a>");
        String carol = mvc.perform(get("/labs/sql-injection-search").session(signIn("carol"))).andReturn().getResponse().getContentAsString();
        assertThat(carol).contains("<code class=\"backlog\">SEC-42</code>",
                "href=\"https://gitlab.example.com/acme/web/-/issues/7\"");
    }
}
