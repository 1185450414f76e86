package dev.fixpoint.server.accounts;

import dev.fixpoint.server.ServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins set the emails commit authors are matched by and create CI service accounts; no one else can. */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitEmailsAndServiceAccountsTests {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountDirectory directory;
    private Account dana;

    @BeforeAll
    void createAccounts() {
        accounts.create("root", PASSWORD, Role.ADMIN);
        dana = accounts.create("dana", PASSWORD, Role.LEARNER);
        accounts.create("erin", PASSWORD, Role.LEARNER, "erin@example.com");
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }

    private String setEmail(MockHttpSession session, long id, String email) throws Exception {
        return mvc.perform(post("/admin/users/" + id + "/email").param("email", email).session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anAdminSetsACommitEmailThatMatchesInAnyCaseAndIsUniqueAndWellFormed() throws Exception {
        MockHttpSession admin = signIn("root");
        assertThat(setEmail(admin, dana.id(), " Dana@Example.COM ")).contains("Saved the email of dana.");
        assertThat(directory.byEmail("dana@example.com")).contains(dana);
        assertThat(directory.byEmail("DANA@example.com")).contains(dana);

        assertThat(setEmail(admin, dana.id(), "erin@example.com")).contains("Another account has the email erin@example.com");
        assertThat(setEmail(admin, dana.id(), "not an email")).contains("&#39;not an email&#39; is not an email address");
        assertThat(directory.emailOf(dana.id())).as("a refused change keeps the saved email").contains("dana@example.com");

        assertThat(setEmail(admin, dana.id(), "")).contains("Saved the email of dana.");
        assertThat(directory.byEmail("dana@example.com")).isEmpty();
    }

    @Test
    void creatingAnAccountWithATakenEmailCreatesNothing() throws Exception {
        String page = mvc.perform(post("/admin/users").param("username", "frank").param("password", PASSWORD).param("role", "LEARNER")
                .param("email", "ERIN@example.com").session(signIn("root")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Another account has the email");
        assertThat(directory.people()).extracting(Account::username).doesNotContain("frank");
    }

    @Test
    void onlyAdminsSetEmailsAndNoOneMakesAServiceAccountThroughThePeoplePages() throws Exception {
        MockHttpSession learner = signIn("dana");
        mvc.perform(post("/admin/users/" + dana.id() + "/email").param("email", "erin@example.com").session(learner).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/service-accounts").session(learner)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/service-accounts").param("name", "ci-sneaky").session(learner).with(csrf())).andExpect(status().isForbidden());

        MockHttpSession admin = signIn("root");
        assertThat(mvc.perform(post("/admin/users").param("username", "ci-bot").param("password", PASSWORD).param("role", "CI")
                .session(admin).with(csrf())).andReturn().getResponse().getContentAsString()).contains("Service accounts");
        assertThat(mvc.perform(post("/admin/invitations").param("role", "CI").session(admin).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("Invitations are for people");
        assertThat(directory.people()).extracting(Account::username).doesNotContain("ci-bot");
    }

    @Test
    void aServiceAccountCannotSignInAndItsTokensCanBeReplacedAndRevoked() throws Exception {
        MockHttpSession admin = signIn("root");
        String page = mvc.perform(post("/admin/service-accounts").param("name", "ci-api").session(admin).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Store its token as the FIXPOINT_TOKEN secret", "<pre id=\"new-token\">fp_");
        assertThat(mvc.perform(post("/admin/service-accounts").param("name", "ci-api").session(admin).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("The name &#39;ci-api&#39; is taken");
        Account ci = directory.people().stream().filter(a -> a.username().equals("ci-api")).findFirst().orElse(null);
        assertThat(ci).as("service accounts are not people").isNull();
        assertThat(directory.byEmail("ci-api")).isEmpty();
        mvc.perform(formLogin("/login").user("ci-api").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(mvc.perform(get("/admin/service-accounts").session(admin)).andReturn().getResponse().getContentAsString())
                .contains("ci-api").doesNotContain("<pre id=\"new-token\">");
    }
}
