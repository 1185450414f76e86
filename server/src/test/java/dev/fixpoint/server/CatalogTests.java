package dev.fixpoint.server;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The catalog's filters and search, and the dashboard of a learner who has not started. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:catalog;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    private MockHttpSession session;

    @BeforeAll
    void signIn() throws Exception {
        accounts.create("reader", "a long enough password", Role.LEARNER);
        session = (MockHttpSession) mvc.perform(formLogin("/login").user("reader").password("a long enough password"))
                .andReturn().getRequest().getSession(false);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void filtersNarrowTheCatalog() throws Exception {
        assertThat(page("/labs")).contains("SQL injection in a product search", "Server-side request forgery in link previews");
        assertThat(page("/labs?cwe=89")).contains("SQL injection in a product search").doesNotContain("Server-side request forgery");
        assertThat(page("/labs?track=cloud")).contains("Server-side request forgery").doesNotContain("SQL injection in a product search");
        assertThat(page("/labs?owasp=API1")).contains("Other customers&#39; invoices by id").doesNotContain("SQL injection in a product search");
        assertThat(page("/labs?difficulty=1")).contains("SQL injection in a product search").doesNotContain("Server-side request forgery");
        assertThat(page("/labs?q=jwt")).contains("/labs/jwt-verification").doesNotContain("/labs/sql-injection-search");
        assertThat(page("/labs?q=nothing-like-this")).contains("No lab matches this filter.");
    }

    @Test
    void pagesLinkScriptsByTheirVersionFreeWebJarPathWhichIsServed() throws Exception {
        // Rewriting links through the resource chain looked each one up in every jar of the class path: slow under load.
        assertThat(page("/labs/sql-injection-search")).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"",
                "src=\"/webjars/monaco-editor/min/vs/loader.js\"");
        assertThat(mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/webjars/monaco-editor/min/vs/loader.js")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        String description = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString();
        assertThat(description).contains("\"openapi\"", "/api/v1/labs/{labId}/draft", "/api/v1/submissions/{id}", "/api/v1/me",
                        "/api/v1/admin/submissions/{id}", "\"GradeReport\"")
                .as("the administrators' pages are no API").doesNotContain("\"/admin/");
    }

    @Test
    void aNewLearnersDashboardSuggestsTheEasiestLab() throws Exception {
        String dashboard = page("/");
        assertThat(dashboard).contains("/labs/sql-injection-search", "0 of ", "No attempts yet");
    }
}
