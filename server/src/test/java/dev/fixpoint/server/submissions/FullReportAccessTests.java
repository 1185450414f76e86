package dev.fixpoint.server.submissions;

import dev.fixpoint.server.ServerTest;
import dev.fixpoint.server.ApiSubmissions;
import dev.fixpoint.server.MockMvcSignIn;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The full report, hidden checks included, is stored and reaches administrators only; a learner sees the learner's
 * view of their own submissions and attempts, and nobody else's.
 */
@ServerTest
class FullReportAccessTests {

    private static final String LAB = "platform-fixture";
    private static final String FILE = "src/notes/NoteStore.java";
    private static final String HIDDEN_CHECK = "reads-the-private-note-by-another-spelling";
    private static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;

    private MockHttpSession newPerson(Role role) throws Exception {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, PASSWORD, role);
        return MockMvcSignIn.signIn(mvc, name, PASSWORD);
    }

    /** A fix that blocks the visible attack and not the hidden one: only the hidden check fails. */
    private String halfFixed(MockHttpSession learner) throws Exception {
        String starter = ApiSubmissions.labFile(LAB, FILE);
        String tempting = starter.replace("return notes.get(Integer.parseInt(id));", "return id.equals(\"1\") ? null : notes.get(Integer.parseInt(id));");
        assertThat(tempting).isNotEqualTo(starter);
        String id = ApiSubmissions.submit(mvc, learner, LAB, Map.of(FILE, tempting));
        JsonNode graded = ApiSubmissions.awaitGraded(mvc, learner, id);
        assertThat(graded.at("/report/verdict").asString()).isEqualTo("VULNERABLE");
        return id;
    }

    @Test
    void aLearnerSeesTheCluesOfFailedHiddenChecksAndNeverTheirNames() throws Exception {
        MockHttpSession learner = newPerson(Role.LEARNER);
        String id = halfFixed(learner);

        String own = mvc.perform(get("/api/v1/submissions/" + id).session(learner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(own).contains("\"view\":\"LEARNER\"", "the private note's id written another way", "\"failed\":1")
                .doesNotContain(HIDDEN_CHECK, "Comparing the id as text");
        String page = mvc.perform(get("/labs/" + LAB + "/attempts/" + id).session(learner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("the private note&#39;s id written another way").doesNotContain(HIDDEN_CHECK);
    }

    @Test
    void onlyAnAdministratorReadsTheFullReport() throws Exception {
        MockHttpSession learner = newPerson(Role.LEARNER);
        String id = halfFixed(learner);

        mvc.perform(get("/api/v1/admin/submissions/" + id).session(learner)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/submissions/" + id).session(newPerson(Role.LEAD))).andExpect(status().isForbidden());
        String full = mvc.perform(get("/api/v1/admin/submissions/" + id).session(newPerson(Role.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(full).contains("\"view\":\"FULL\"", HIDDEN_CHECK, "Comparing the id as text");
        mvc.perform(get("/api/v1/admin/submissions/" + UUID.randomUUID()).session(newPerson(Role.ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void anotherLearnersAttemptIsNotFound() throws Exception {
        String id = halfFixed(newPerson(Role.LEARNER));
        MockHttpSession other = newPerson(Role.LEARNER);

        mvc.perform(get("/labs/" + LAB + "/attempts/" + id).session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/labs/sql-injection-search/attempts/" + id).session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/submissions/" + id).session(other)).andExpect(status().isNotFound());
    }
}
