package dev.fixpoint.server;

import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every endpoint that takes an id answers only its owner; requests without a session or a CSRF token fail. */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTests {

    private static final String LAB = "platform-fixture";
    private static final String FILE = "src/notes/NoteStore.java";
    private static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void createLearners() {
        accounts.create("alice", PASSWORD, Role.LEARNER);
        accounts.create("bob", PASSWORD, Role.LEARNER);
        accounts.create("mallory", PASSWORD, Role.LEARNER);
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String solution() throws Exception {
        return Files.readString(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution", FILE));
    }

    private String body(String content) {
        return json.writeValueAsString(Map.of("files", Map.of(FILE, content)));
    }

    private JsonNode awaitVerdict(MockHttpSession session, String id) throws Exception {
        for (int i = 0; i < 300; i++) {
            JsonNode submission = json.readTree(mvc.perform(get("/api/v1/submissions/" + id).session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            if (submission.get("status").asString().matches("DONE|FAILED")) {
                return submission;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("submission " + id + " was not graded within 30 s");
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/labs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/labs/" + LAB + "/draft")).andExpect(status().isUnauthorized());
        String health = mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"status\":\"UP\"").doesNotContain("db", "diskSpace", "jdbc");
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/env").session(signIn("alice"))).andExpect(status().isNotFound());
    }

    @Test
    void aLearnersSubmissionIsGradedAndOnlyTheyCanSeeIt() throws Exception {
        MockHttpSession alice = signIn("alice");
        MockHttpSession bob = signIn("bob");

        String created = mvc.perform(post("/api/v1/labs/" + LAB + "/submissions").session(alice).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(solution())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(created).get("id").asString();
        JsonNode graded = awaitVerdict(alice, id);

        assertThat(graded.get("status").asString()).isEqualTo("DONE");
        assertThat(graded.get("report").get("verdict").asString()).isEqualTo("SECURE");
        mvc.perform(get("/api/v1/submissions/" + id).session(bob)).andExpect(status().isNotFound());
        mvc.perform(get("/labs/" + LAB).param("submission", id).session(bob)).andExpect(status().isNotFound());
        mvc.perform(get("/labs/" + LAB + "/result").param("submission", id).session(bob)).andExpect(status().isNotFound());
        mvc.perform(get("/labs/" + LAB + "/result").param("submission", id).param("wait", "true").session(bob)).andExpect(status().isNotFound());
        mvc.perform(get("/labs/" + LAB + "/result").param("submission", id).session(alice)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/api/v1/labs/" + LAB + "/submissions").session(bob)).andReturn().getResponse().getContentAsString())
                .doesNotContain(id);
    }

    @Test
    void theApiListsTheCatalogAndTheCallersOwnProgressAndTokens() throws Exception {
        MockHttpSession alice = signIn("alice");
        MockHttpSession bob = signIn("bob");

        String catalog = mvc.perform(get("/api/v1/labs").session(alice)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(catalog).contains("\"id\":\"" + LAB + "\"", "\"cwe\":[89]").doesNotContain("union-select", "PreparedStatement");
        mvc.perform(get("/api/v1/labs/" + LAB).session(alice)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/progress").session(alice)).andExpect(status().isOk());

        String created = mvc.perform(post("/api/v1/tokens").session(alice).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"ci\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(created).contains("\"token\":\"fp_");
        String listed = mvc.perform(get("/api/v1/tokens").session(alice)).andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("\"name\":\"ci\"").doesNotContain("fp_");
        long id = json.readTree(listed).get(0).get("id").asLong();
        assertThat(mvc.perform(get("/api/v1/tokens").session(bob)).andReturn().getResponse().getContentAsString()).doesNotContain("\"ci\"");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/tokens/" + id).session(bob).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/tokens/" + id).session(alice).with(csrf()))
                .andExpect(status().isNoContent());
    }

    @Test
    void aLearnersDraftIsTheirsAlone() throws Exception {
        MockHttpSession mallory = signIn("mallory");
        MockHttpSession bob = signIn("bob");
        String marker = "// mallory's draft " + System.nanoTime();

        mvc.perform(put("/api/v1/labs/" + LAB + "/draft").session(mallory).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(marker))).andExpect(status().isNoContent());

        assertThat(mvc.perform(get("/api/v1/labs/" + LAB + "/draft").session(mallory)).andReturn().getResponse().getContentAsString())
                .contains(marker);
        assertThat(mvc.perform(get("/api/v1/labs/" + LAB + "/draft").session(bob)).andReturn().getResponse().getContentAsString())
                .doesNotContain(marker).as("the starter code").contains("return notes.get(Integer.parseInt(id));");
        assertThat(mvc.perform(get("/labs/" + LAB).session(bob)).andReturn().getResponse().getContentAsString()).doesNotContain(marker);
    }

    @Test
    void badInputIsRefusedNamingTheProblemAndLosesNothingSaved() throws Exception {
        MockHttpSession alice = signIn("alice");
        mvc.perform(put("/api/v1/labs/" + LAB + "/draft").session(alice).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body("// kept"))).andExpect(status().isNoContent());

        String problem = mvc.perform(put("/api/v1/labs/" + LAB + "/draft").session(alice).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("files", Map.of("src/notes/NotesService.java", "x", FILE, "// lost?")))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(problem).contains("'src/notes/NotesService.java' is not an editable file");
        byte[] huge = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        mvc.perform(put("/api/v1/labs/" + LAB + "/draft").session(alice).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge());
        assertThat(mvc.perform(get("/api/v1/labs/" + LAB + "/draft").session(alice)).andReturn().getResponse().getContentAsString())
                .contains("// kept").doesNotContain("// lost?");
        mvc.perform(get("/api/v1/labs/no-such-lab/draft").session(alice)).andExpect(status().isNotFound());
    }

    @Test
    void runChecksRedirectsWithoutJavaScriptAndAnswersInPlaceForHtmx() throws Exception {
        MockHttpSession alice = signIn("alice");

        String location = mvc.perform(post("/labs/" + LAB + "/submit").session(alice).with(csrf()).param("file:" + FILE, "// plain form"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/labs/" + LAB + "?submission=");
        String fragment = mvc.perform(post("/labs/" + LAB + "/submit").session(alice).with(csrf()).header("HX-Request", "true")
                .param("file:" + FILE, "// htmx")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"result-slot\"").doesNotContain("<html");
    }

    @Test
    void postsWithoutACsrfTokenAreRejected() throws Exception {
        MockHttpSession alice = signIn("alice");

        mvc.perform(post("/labs/" + LAB + "/submit").session(alice).param("file:" + FILE, "x")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/labs/" + LAB + "/draft").session(alice).contentType(MediaType.APPLICATION_JSON).content(body("x")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(alice)).andExpect(status().isForbidden());
    }

    @Test
    void aBearerHeaderThatNoTokenBacksDoesNotExcuseASessionFromItsCsrfToken() throws Exception {
        MockHttpSession alice = signIn("alice");
        String marker = "// no csrf " + System.nanoTime();

        mvc.perform(post("/labs/" + LAB + "/submit").session(alice).header("Authorization", "Bearer anything")
                .param("file:" + FILE, marker)).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").session(alice).header("Authorization", "Bearer anything").param("name", "forged"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/labs/" + LAB + "/draft").session(alice).header("Authorization", "Bearer fp_forged")
                .contentType(MediaType.APPLICATION_JSON).content(body(marker))).andExpect(status().isUnauthorized());
        assertThat(mvc.perform(get("/api/v1/labs/" + LAB + "/draft").session(alice)).andReturn().getResponse().getContentAsString())
                .doesNotContain(marker);
        assertThat(mvc.perform(get("/account").session(alice)).andReturn().getResponse().getContentAsString()).doesNotContain("forged");
    }

    @Test
    void anAddressThatGuessesManyNamesIsRefusedEvenForARightPassword() throws Exception {
        accounts.create("neighbour", PASSWORD, Role.LEARNER);
        // Another loopback address stands for the guesser, so that the other tests' sign-ins are not refused.
        RequestPostProcessor guesser = request -> {
            request.setRemoteAddr("127.0.0.9");
            return request;
        };
        // No proxy is trusted by default: the address each guess claims to be forwarded for changes nothing.
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/login").param("username", "guess-" + i).param("password", "wrong").with(csrf()).with(guesser)
                    .header("X-Forwarded-For", "127.0.1." + (i + 1))).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", "neighbour").param("password", PASSWORD).with(csrf()).with(guesser)
                .header("X-Forwarded-For", "127.0.2.1")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("neighbour").password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    private void guess(String username, int times, RequestPostProcessor from) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(post("/login").param("username", username).param("password", "wrong guess " + i).with(csrf()).with(from))
                    .andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void guessingSlowsANameDownButNotOnItsOwnersBrowserAndAnAdminCanUnlockIt() throws Exception {
        long target = accounts.create("target", PASSWORD, Role.LEARNER).id();
        accounts.create("unlocker", PASSWORD, Role.ADMIN);
        Cookie ownersBrowser = mvc.perform(formLogin("/login").user("target").password(PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("fixpoint_device");
        assertThat(ownersBrowser).as("signing in marks the browser as the owner's").isNotNull();
        // Another loopback address stands for the guesser, so that the other tests' sign-ins are not refused.
        RequestPostProcessor guesser = request -> {
            request.setRemoteAddr("127.0.0.10");
            return request;
        };
        guess("target", 5, guesser);

        mvc.perform(post("/login").param("username", "target").param("password", PASSWORD).with(csrf()).with(guesser))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "target").param("password", PASSWORD).with(csrf()).cookie(ownersBrowser))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", "alice").param("password", PASSWORD).with(csrf()).cookie(ownersBrowser))
                .andExpect(redirectedUrl("/"));

        guess("target", 5, guesser);
        MockHttpSession admin = signIn("unlocker");
        assertThat(mvc.perform(get("/admin/users").session(admin)).andReturn().getResponse().getContentAsString())
                .contains("slowed down after 5 failed attempts");
        assertThat(mvc.perform(post("/admin/users/" + target + "/unlock").session(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Unlocked target");
        mvc.perform(post("/login").param("username", "target").param("password", PASSWORD).with(csrf()).with(guesser))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void signingInReplacesTheSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());
        String before = session.getId();

        mvc.perform(post("/login").session(session).with(csrf()).param("username", "alice").param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));

        assertThat(session.getId()).isNotEqualTo(before);
    }
}
