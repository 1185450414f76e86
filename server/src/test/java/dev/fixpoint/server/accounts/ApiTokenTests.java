package dev.fixpoint.server.accounts;

import dev.fixpoint.server.ServerTest;
import dev.fixpoint.server.MockMvcSignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may create a personal API token and how long it works: a session with a recent password, never a token; 90 days by default. */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenTests {

    private static final String PASSWORD = "a long enough password";
    private static final Pattern NEW_TOKEN = Pattern.compile("<pre id=\"new-token\">(fp_[^<]+)</pre>");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokenRepository repository;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void createAccounts() {
        accounts.create("tokener", PASSWORD, Role.LEARNER);
        accounts.create("lingerer", PASSWORD, Role.LEARNER);
        accounts.create("keeper", PASSWORD, Role.ADMIN);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return MockMvcSignIn.signIn(mvc, username, PASSWORD);
    }

    /** The session as it is once the recent-password window has passed since signing in. */
    private static MockHttpSession longAgo(MockHttpSession session) {
        session.setAttribute(PasswordConfirmation.ENTERED_AT, Instant.now().minus(Duration.ofHours(1)));
        return session;
    }

    private String createOnPage(MockHttpSession session, String... params) throws Exception {
        var request = post("/account/tokens").session(session).with(csrf()).param("name", "laptop");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String token(String page) {
        Matcher token = NEW_TOKEN.matcher(page);
        assertThat(token.find()).as("the page shows a new token").isTrue();
        return token.group(1);
    }

    @Test
    void aTokenCannotCreateTokens() throws Exception {
        String token = token(createOnPage(signIn("tokener")));

        String problem = mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"made by a token\", \"currentPassword\": \"" + PASSWORD + "\"}"))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(problem).get("detail").asString()).isEqualTo("A token cannot create tokens: sign in and create one on the Account page.");
        assertThat(mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)).andReturn().getResponse().getContentAsString())
                .doesNotContain("made by a token");
    }

    @Test
    void longAfterSigningInATokenNeedsTheCurrentPasswordOnThePageAndInTheApi() throws Exception {
        MockHttpSession session = longAgo(signIn("lingerer"));

        assertThat(createOnPage(session)).contains("Enter your current password to create a token").doesNotContain("new-token");
        assertThat(createOnPage(session, "current", "not it")).contains("The current password is wrong.").doesNotContain("new-token");
        token(createOnPage(session, "current", PASSWORD));

        longAgo(session);
        String refused = mvc.perform(post("/api/v1/tokens").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"ci\"}")).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(refused).get("detail").asString()).startsWith("Send your current password as currentPassword");
        mvc.perform(post("/api/v1/tokens").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"ci\", \"currentPassword\": \"" + PASSWORD + "\"}")).andExpect(status().isCreated());
    }

    @Test
    void tokensExpireAfterTheDefaultOrTheChosenDaysAndExpiredOnesAreRefused() throws Exception {
        MockHttpSession session = signIn("tokener");
        JsonNode created = json.readTree(mvc.perform(post("/api/v1/tokens").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"default\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(OffsetDateTime.parse(created.get("expiresAt").asString()))
                .isCloseTo(OffsetDateTime.now().plusDays(90), within(Duration.ofMinutes(1)));
        JsonNode week = json.readTree(mvc.perform(post("/api/v1/tokens").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"week\", \"expiresInDays\": 7}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(OffsetDateTime.parse(week.get("expiresAt").asString())).isCloseTo(OffsetDateTime.now().plusDays(7), within(Duration.ofMinutes(1)));
        String tooLong = mvc.perform(post("/api/v1/tokens").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"forever\", \"expiresInDays\": 400}")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("A token lives 1 to 365 days, not 400");
        assertThat(createOnPage(session, "days", "0")).contains("A token lives 1 to 365 days, not 0");
        assertThat(createOnPage(session, "days", "30")).contains("It works until");
        assertThat(mvc.perform(get("/api/v1/tokens").session(session)).andReturn().getResponse().getContentAsString()).contains("\"expiresAt\"");

        String secret = Secrets.generate("fp_");
        long account = accounts.create("expiring", PASSWORD, Role.LEARNER).id();
        repository.insert(account, "old", Secrets.hash(secret), OffsetDateTime.now().minusMinutes(1));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
        assertThat(mvc.perform(get("/account").session(signIn("expiring"))).andReturn().getResponse().getContentAsString())
                .contains("<td>old</td>", "expired");
    }

    @Test
    void aServiceAccountsTokenAsksTheAdministratorsRecentPasswordToo() throws Exception {
        MockHttpSession admin = longAgo(signIn("keeper"));

        String refused = mvc.perform(post("/admin/service-accounts").session(admin).with(csrf()).param("name", "ci-lingering"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Enter your current password to create a token").doesNotContain("new-token");
        String wrong = mvc.perform(post("/admin/service-accounts").session(admin).with(csrf()).param("name", "ci-lingering").param("current", "not it"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("The current password is wrong.").doesNotContain("new-token");

        String created = mvc.perform(post("/admin/service-accounts").session(admin).with(csrf()).param("name", "ci-lingering").param("current", PASSWORD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        token(created);
        assertThat(created).as("the page shows when CI tokens expire").contains("<th>Expires</th>");
    }
}
