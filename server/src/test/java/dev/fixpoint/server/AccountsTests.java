package dev.fixpoint.server;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Invitations, admin-only pages, personal API tokens and password changes. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:accounts;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("sandbox")
class AccountsTests {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;

    @BeforeAll
    void createAccounts() {
        accounts.create("root", PASSWORD, Role.ADMIN);
        accounts.create("learner", PASSWORD, Role.LEARNER);
        accounts.create("other", PASSWORD, Role.LEARNER);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password)).andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }

    private static String extract(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        assertThat(matcher.find()).as("page contains " + pattern).isTrue();
        return matcher.group(1);
    }

    private String invite(MockHttpSession admin, String username) throws Exception {
        String page = mvc.perform(post("/admin/invitations").session(admin).with(csrf()).param("role", "LEARNER").param("username", username))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return extract(page, "/invite\\?token=(inv_[A-Za-z0-9_-]+)");
    }

    @Test
    void anAdminInvitesALearnerByNameWhoJoinsOnceWithTheLink() throws Exception {
        MockHttpSession admin = signIn("root", PASSWORD);
        String token = invite(admin, "newcomer");

        assertThat(mvc.perform(get("/invite").param("token", token)).andReturn().getResponse().getContentAsString())
                .contains("You are invited as <strong id=\"invited-name\">newcomer</strong>");
        assertThat(mvc.perform(post("/invite").with(csrf()).param("token", token).param("password", "short"))
                .andReturn().getResponse().getContentAsString()).contains("The password must be 12 to 200 characters long");
        // A name the guest sends is not theirs to choose.
        mvc.perform(post("/invite").with(csrf()).param("token", token).param("username", "root").param("password", PASSWORD))
                .andExpect(redirectedUrl("/?joined"));
        signIn("newcomer", PASSWORD);
        assertThat(mvc.perform(post("/invite").with(csrf()).param("token", token).param("password", PASSWORD))
                .andReturn().getResponse().getContentAsString()).contains("no longer valid");
        assertThat(mvc.perform(post("/admin/invitations").session(admin).with(csrf()).param("role", "LEARNER").param("username", "newcomer"))
                .andReturn().getResponse().getContentAsString()).as("the admin is told, the guest never").contains("The user name &#39;newcomer&#39; is taken");
    }

    @Test
    void theInvitationAnswersAlikeWhetherOrNotItsNameWasTakenMeanwhile() throws Exception {
        MockHttpSession admin = signIn("root", PASSWORD);
        String taken = invite(admin, "popular");
        accounts.create("popular", PASSWORD, Role.LEARNER);
        String spent = invite(admin, "rare");
        mvc.perform(post("/invite").with(csrf()).param("token", spent).param("password", PASSWORD)).andExpect(redirectedUrl("/?joined"));

        var whenTaken = mvc.perform(post("/invite").with(csrf()).param("token", taken).param("password", PASSWORD)).andReturn().getResponse();
        var whenSpent = mvc.perform(post("/invite").with(csrf()).param("token", spent).param("password", PASSWORD)).andReturn().getResponse();

        assertThat(whenTaken.getStatus()).isEqualTo(whenSpent.getStatus());
        assertThat(whenTaken.getContentAsString()).isEqualTo(whenSpent.getContentAsString()).contains("no longer valid")
                .doesNotContain("popular", "taken");
        mvc.perform(formLogin("/login").user("popular").password("another long password")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void onlyAdminsReachTheUserPages() throws Exception {
        MockHttpSession learner = signIn("learner", PASSWORD);

        mvc.perform(get("/admin/users").session(learner)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/invitations").session(learner).with(csrf()).param("role", "ADMIN").param("username", "x-admin"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").session(learner).with(csrf()).param("username", "x-admin").param("password", PASSWORD)
                .param("role", "ADMIN")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").session(signIn("root", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void anAdminCreatesAnAccountDirectlyAndBadInputIsNamed() throws Exception {
        MockHttpSession admin = signIn("root", PASSWORD);

        assertThat(mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", "a b").param("password", PASSWORD)
                .param("role", "LEAD")).andReturn().getResponse().getContentAsString()).contains("The user name must be 3 to 100 letters");
        assertThat(mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", "lead-one").param("password", PASSWORD)
                .param("role", "LEAD")).andReturn().getResponse().getContentAsString()).contains("Created lead-one.");
        assertThat(mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", "lead-one").param("password", PASSWORD)
                .param("role", "LEAD")).andReturn().getResponse().getContentAsString()).contains("is taken");
        signIn("lead-one", PASSWORD);
    }

    @Test
    void byDefaultAnAdminCannotPointAWebhookAtAnInternalAddress() throws Exception {
        MockHttpSession admin = signIn("root", PASSWORD);

        for (String url : new String[] {"http://127.0.0.1:9/x", "http://[::ffff:10.0.0.1]/x", "https://169.254.169.254/latest"}) {
            assertThat(mvc.perform(post("/admin/webhooks").session(admin).with(csrf()).param("url", url).param("events", "assignment.created"))
                    .andReturn().getResponse().getContentAsString()).as(url)
                    .contains("is a ", "address; webhooks post only to public addresses");
        }
        assertThat(mvc.perform(get("/admin/webhooks").session(admin)).andReturn().getResponse().getContentAsString())
                .as("none was registered").doesNotContain("<td>http://127.0.0.1:9/x</td>", "<td>https://169.254.169.254/latest</td>");
    }

    @Test
    void aPersonalTokenIsShownOnceWorksForTheApiAndCanBeRevokedOnlyByItsOwner() throws Exception {
        MockHttpSession learner = signIn("learner", PASSWORD);
        String page = mvc.perform(post("/account/tokens").session(learner).with(csrf()).param("name", "laptop CLI"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = extract(page, "(fp_[A-Za-z0-9_-]{43})");

        mvc.perform(get("/api/v1/labs/sql-injection-search/draft").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        // A bearer request needs no CSRF token: a browser never sends one on its own.
        mvc.perform(put("/api/v1/labs/sql-injection-search/draft").header("Authorization", "Bearer " + token)
                .contentType("application/json").content("{\"files\": {\"src/shop/ProductRepository.java\": \"// via token\"}}"))
                .andExpect(status().isNoContent());
        String settings = mvc.perform(get("/account").session(learner)).andReturn().getResponse().getContentAsString();
        assertThat(settings).contains("laptop CLI").doesNotContain(token).doesNotContain(">never<");
        String id = extract(settings, "/account/tokens/(\\d+)/revoke");

        mvc.perform(post("/account/tokens/" + id + "/revoke").session(signIn("other", PASSWORD)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/labs/sql-injection-search/draft").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/account/tokens/" + id + "/revoke").session(learner).with(csrf())).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/labs/sql-injection-search/draft").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/labs/sql-injection-search/draft").header("Authorization", "Bearer fp_forged")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPasswordChangeSignsOutTheOtherSessionsAndRevokesTheTokensWhenAsked() throws Exception {
        accounts.create("changer", PASSWORD, Role.LEARNER);
        MockHttpSession session = signIn("changer", PASSWORD);
        MockHttpSession elsewhere = signIn("changer", PASSWORD);
        String token = extract(mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "laptop"))
                .andReturn().getResponse().getContentAsString(), "(fp_[A-Za-z0-9_-]{43})");

        assertThat(mvc.perform(post("/account/password").session(session).with(csrf()).param("current", "wrong one").param("password", "another long password"))
                .andReturn().getResponse().getContentAsString()).contains("The current password is wrong.");
        mvc.perform(get("/labs").session(elsewhere)).andExpect(status().isOk());
        assertThat(mvc.perform(post("/account/password").session(session).with(csrf()).param("current", PASSWORD).param("password", "another long password"))
                .andReturn().getResponse().getContentAsString()).contains("Your password is changed. Your 1 other session(s) are signed out.");

        mvc.perform(get("/labs").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/labs").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user("changer").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        signIn("changer", "another long password");

        assertThat(mvc.perform(post("/account/password").session(session).with(csrf()).param("current", "another long password")
                .param("password", "a third long password").param("revokeTokens", "true")).andReturn().getResponse().getContentAsString())
                .contains("your API tokens are revoked (1).");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiChangesThePasswordInASessionOnlyWithAFlagThatRevokesTheTokens() throws Exception {
        accounts.create("api-changer", PASSWORD, Role.LEARNER);
        MockHttpSession session = signIn("api-changer", PASSWORD);
        String token = extract(mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "ci"))
                .andReturn().getResponse().getContentAsString(), "(fp_[A-Za-z0-9_-]{43})");
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getRequest().getSession(false))
                .as("a request a token authenticated has no session").isNull();
        String change = "{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"another long password\", \"revokeTokens\": true}";

        assertThat(mvc.perform(post("/api/v1/me/password").header("Authorization", "Bearer " + token).contentType("application/json").content(change))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString()).contains("A token cannot change the password");
        assertThat(mvc.perform(post("/api/v1/me/password").session(session).with(csrf()).contentType("application/json")
                .content("{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"short\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).contains("The new password must be 12 to 200");
        assertThat(mvc.perform(post("/api/v1/me/password").session(session).with(csrf()).contentType("application/json").content(change))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).isEqualTo("{\"sessionsEnded\":0,\"tokensRevoked\":1}");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        signIn("api-changer", "another long password");
    }

    @Test
    void guessingTheCurrentPasswordInASessionIsSlowedDownLikeSigningIn() throws Exception {
        long id = accounts.create("borrowed", PASSWORD, Role.LEARNER).id();
        MockHttpSession session = signIn("borrowed", PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(post("/account/password").session(session).with(csrf()).param("current", "guess " + i)
                    .param("password", "another long password")).andReturn().getResponse().getContentAsString())
                    .contains("The current password is wrong.");
        }

        assertThat(mvc.perform(post("/account/password").session(session).with(csrf()).param("current", PASSWORD)
                .param("password", "another long password")).andReturn().getResponse().getContentAsString())
                .contains("Too many wrong passwords for your account").doesNotContain("Your password is changed.");
        mvc.perform(formLogin("/login").user("borrowed").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/users/" + id + "/unlock").session(signIn("root", PASSWORD)).with(csrf())).andExpect(status().isOk());
        signIn("borrowed", PASSWORD);
    }

    @Test
    void resettingAsksFirstThenRestoresTheStarterCode() throws Exception {
        MockHttpSession learner = signIn("learner", PASSWORD);
        mvc.perform(put("/api/v1/labs/sql-injection-search/draft").session(learner).with(csrf()).contentType("application/json")
                .content("{\"files\": {\"src/shop/ProductRepository.java\": \"// my work\"}}")).andExpect(status().isNoContent());

        assertThat(mvc.perform(get("/labs/sql-injection-search/reset").session(learner)).andReturn().getResponse().getContentAsString())
                .contains("Yes, reset to the starter code", "No, keep my draft");
        assertThat(mvc.perform(get("/labs/sql-injection-search").session(learner)).andReturn().getResponse().getContentAsString()).contains("// my work");

        mvc.perform(post("/labs/sql-injection-search/reset").session(learner).with(csrf())).andExpect(redirectedUrl("/labs/sql-injection-search"));
        assertThat(mvc.perform(get("/labs/sql-injection-search").session(learner)).andReturn().getResponse().getContentAsString())
                .doesNotContain("// my work").contains("String sql = ");
    }

    @Test
    void hintsAreRevealedOneAtATimeAndRemembered() throws Exception {
        MockHttpSession learner = signIn("other", PASSWORD);
        String before = mvc.perform(get("/labs/sql-injection-search").session(learner)).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("Show a hint (3 left)").doesNotContain("Look at how ProductRepository.search");

        mvc.perform(post("/labs/sql-injection-search/hints").session(learner).with(csrf())).andExpect(status().is3xxRedirection());

        String after = mvc.perform(get("/labs/sql-injection-search").session(learner)).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Look at how ProductRepository.search", "Show a hint (2 left)").doesNotContain("A quote in the search text");
    }
}
