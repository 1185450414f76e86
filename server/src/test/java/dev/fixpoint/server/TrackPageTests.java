package dev.fixpoint.server;

import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.labs.LabLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A track's page shows its labs as a path by level, each lab's prerequisites, and the lab a new learner takes first. */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackPageTests {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    LabLibrary library;
    private MockHttpSession session;

    @BeforeAll
    void signIn() throws Exception {
        accounts.create("walker", PASSWORD, Role.LEARNER);
        session = MockMvcSignIn.signIn(mvc, "walker", PASSWORD);
    }

    @Test
    void theBackendTrackGoesLevelByLevelAndNamesWhatToTakeFirst() throws Exception {
        String page = mvc.perform(get("/tracks/backend").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Titles as the page writes them (an apostrophe is &#39;).
        String sql = HtmlUtils.htmlEscape(library.titles().get("sql-injection-search"));
        String idor = HtmlUtils.htmlEscape(library.titles().get("idor-invoices"));
        String bola = HtmlUtils.htmlEscape(library.titles().get("spring-bola-repository"));

        assertThat(page).contains("The backend track", "Level 1 · Basic patterns", "Level 2 · Common flaws in everyday code", "0 of ");
        assertThat(page.indexOf("Level 1 ·")).isLessThan(page.indexOf("Level 2 ·"));
        // A learner who solved nothing starts with the basic lab; the Spring Data lab comes after the plain IDOR one.
        assertThat(page.substring(page.indexOf("id=\"next-lab\""))).startsWith("id=\"next-lab\" class=\"card\">Next: <a href=\"/labs/sql-injection-search\">" + sql);
        assertThat(page.indexOf(">" + idor + "<")).isLessThan(page.indexOf(">" + bola + "<"));
        assertThat(page).contains("after: " + idor);
    }

    @Test
    void theCatalogLinksEveryTrackAndAnUnknownTrackIsNotFound() throws Exception {
        String catalog = mvc.perform(get("/labs").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(catalog).contains("<a href=\"/tracks/backend\">backend</a>");

        mvc.perform(get("/tracks/no-such-track").session(session)).andExpect(status().isNotFound());
    }
}
