package dev.fixpoint.server.workspace;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.MockMvcSignIn;
import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After signing in, an administrator lands on the admin home (users, pending invitations, isolation, grading queue)
 * and a learner on their training; the admin home is the administrators' alone.
 */
// No sweep during the test: a submission put in the queue by hand stays there for the page to count.
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:admin-home;DB_CLOSE_DELAY=-1", "fixpoint.grading.sweep-interval=1h"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("sandbox")
class AdminHomeTests {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    private Account learner;

    @BeforeAll
    void createPeople() {
        accounts.create("admin", PASSWORD, Role.ADMIN);
        learner = accounts.create("learner", PASSWORD, Role.LEARNER);
    }

    private String page(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String figure(String page, String id) {
        int start = page.indexOf(">", page.indexOf("id=\"" + id + "\"")) + 1;
        return page.substring(start, page.indexOf("</li>", start)).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    @Test
    void anAdministratorLandsOnTheAdminHome() throws Exception {
        MockHttpSession admin = MockMvcSignIn.signIn(mvc, "admin", PASSWORD);
        mvc.perform(get("/").session(admin)).andExpect(redirectedUrl("/admin"));
        String home = page("/admin", admin);
        assertThat(home).contains("<h1>Administration</h1>", "id=\"admin-isolation\"").doesNotContain("Your training");
        assertThat(figure(home, "admin-users")).contains("2 users");
        assertThat(home).containsPattern("id=\"admin-isolation\" class=\"(notice|error)\">(full|reduced|refused): ");
        // Their own training is a link away.
        assertThat(page("/training", admin)).contains("Your training");
    }

    @Test
    void theAdminHomeCountsPendingInvitationsAndTheQueue() throws Exception {
        MockHttpSession admin = MockMvcSignIn.signIn(mvc, "admin", PASSWORD);
        int before = Integer.parseInt(figure(page("/admin", admin), "admin-invitations").split(" ")[0]);
        mvc.perform(post("/admin/invitations").session(admin).with(csrf()).param("username", "invited-" + before).param("role", "LEARNER"))
                .andExpect(status().isOk());
        assertThat(figure(page("/admin", admin), "admin-invitations")).isEqualTo((before + 1) + " pending invitations");

        assertThat(figure(page("/admin", admin), "admin-queue")).contains("0 / 0 submissions queued / being graded").doesNotContain("oldest");
        jdbc.sql("INSERT INTO submissions (id, account_id, lab_id, files, status, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params("00000000-0000-0000-0000-000000000001", learner.id(), "platform-fixture", "{}", "QUEUED",
                        OffsetDateTime.now().minusMinutes(2)).update();
        try {
            String queue = figure(page("/admin", admin), "admin-queue");
            assertThat(queue).contains("1 / 0 submissions queued / being graded");
            assertThat(Integer.parseInt(queue.replaceAll(".*oldest waiting (\\d+) s.*", "$1"))).isBetween(120, 180);
        } finally {
            jdbc.sql("DELETE FROM submissions WHERE id = ?").param("00000000-0000-0000-0000-000000000001").update();
        }
    }

    @Test
    void aLearnerLandsOnTheirTrainingAndMayNotOpenTheAdminHome() throws Exception {
        MockHttpSession session = MockMvcSignIn.signIn(mvc, "learner", PASSWORD);
        assertThat(page("/", session)).contains("Your training").doesNotContain("Administration");
        mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden());
    }
}
