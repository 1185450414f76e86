package dev.fixpoint.server.submissions;

import dev.fixpoint.server.ServerTest;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.sandbox.IsolationSetting;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.SandboxSettings;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.MockMvcSignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every report says the isolation it was graded under (API and lab page); administrators see the sandbox's isolation on
 * their pages and in the health details, which nobody else sees; a sandbox that refuses to grade makes the server DOWN.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxStatusTests {

    private static final String LAB = "platform-fixture";
    private static final String FILE = "src/notes/NoteStore.java";
    private static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void createAccounts() {
        accounts.create("ada", PASSWORD, Role.ADMIN);
        accounts.create("lee", PASSWORD, Role.LEARNER);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return MockMvcSignIn.signIn(mvc, username, PASSWORD);
    }

    @Test
    void aGradedSubmissionSaysItWasGradedInAFullyIsolatedSandbox() throws Exception {
        MockHttpSession lee = signIn("lee");
        String solution = Files.readString(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution", FILE));
        String created = mvc.perform(post("/api/v1/labs/" + LAB + "/submissions").session(lee).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("files", Map.of(FILE, solution)))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(created).get("id").asString();
        JsonNode graded = null;
        for (int i = 0; i < 300 && (graded == null || !graded.get("status").asString().equals("DONE")); i++) {
            Thread.sleep(100);
            graded = json.readTree(mvc.perform(get("/api/v1/submissions/" + id).session(lee)).andReturn().getResponse().getContentAsString());
        }

        assertThat(graded.get("report").get("isolation").get("level").asString()).isEqualTo("FULL");
        assertThat(graded.get("report").get("isolation").get("description").asString()).contains("seccomp filter");
        String page = mvc.perform(get("/labs/" + LAB).param("submission", id).session(lee)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Graded in a fully isolated sandbox.").doesNotContain("id=\"sandbox-status\"");
    }

    @Test
    void administratorsSeeTheIsolationAndNobodyElseSeesTheHealthDetails() throws Exception {
        String asAdmin = mvc.perform(get("/actuator/health").session(signIn("ada"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(asAdmin).get("components").get("sandbox").get("details").get("isolation").asString()).isEqualTo("full");
        for (MockHttpSession other : new MockHttpSession[] {signIn("lee"), new MockHttpSession()}) {
            assertThat(mvc.perform(get("/actuator/health").session(other)).andReturn().getResponse().getContentAsString())
                    .contains("\"status\":\"UP\"").doesNotContain("sandbox", "seccomp");
        }
        assertThat(mvc.perform(get("/admin/users").session(signIn("ada"))).andReturn().getResponse().getContentAsString())
                .contains("Sandbox isolation: full (each worker runs under bubblewrap");
    }

    @Test
    void aSandboxThatRefusesToGradeIsDownAndOneWithAcceptedReducedIsolationSaysSo() {
        SandboxSettings off = SandboxSettings.defaults().withPoolSize(0).withKernelFilter(false);
        try (Grader refusing = new Grader(Installation.detect(), new Sandbox(off.withIsolation(IsolationSetting.REQUIRED)));
             Grader reduced = new Grader(Installation.detect(), new Sandbox(off.withIsolation(IsolationSetting.REDUCED)))) {
            SandboxStatus refused = new SandboxStatus(refusing);
            assertThat(refused.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(refused.view().level()).isEqualTo("refused");

            SandboxStatus accepted = new SandboxStatus(reduced);
            assertThat(accepted.health().getStatus()).isEqualTo(Status.UP);
            assertThat(accepted.view().level()).isEqualTo("reduced");
            assertThat(accepted.health().getDetails()).containsEntry("isolation", "reduced");
        }
    }
}
