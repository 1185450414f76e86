package dev.fixpoint.server;

import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.labs.LabLibrary;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The catalog's search, filters, order and progress marks, on the page and in the API, and the dashboard of a learner who has not started. */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogTests {

    private static final String PASSWORD = "a long enough password";
    private static final Pattern LAB_LINK = Pattern.compile("<td><a href=\"/labs/([a-z0-9-]+)\"");

    @Autowired
    MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    AccountService accounts;
    @Autowired
    LabLibrary library;
    private MockHttpSession session;

    @BeforeAll
    void signIn() throws Exception {
        accounts.create("reader", PASSWORD, Role.LEARNER);
        session = MockMvcSignIn.signIn(mvc, "reader", PASSWORD);
    }

    private String page(String url) throws Exception {
        return page(url, session);
    }

    private String page(String url, MockHttpSession as) throws Exception {
        return mvc.perform(get(url).session(as)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The ids of the labs the API lists for this query string, in its order. */
    private List<String> apiIds(String query) throws Exception {
        String body = mvc.perform(get("/api/v1/labs" + query).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = new ArrayList<>();
        json.readTree(body).forEach(lab -> ids.add(lab.get("id").asString()));
        return ids;
    }

    /** The lab links of the catalog page's results, in their order. */
    private static List<String> listed(String page) {
        List<String> ids = new ArrayList<>();
        Matcher link = LAB_LINK.matcher(page.substring(page.indexOf("id=\"results\"")));
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }

    /** The bundled labs whose manifest says {@code test}: what a search or filter for it must list, however the catalogue grows. */
    private List<String> labsWhere(java.util.function.Predicate<dev.fixpoint.catalog.LabManifest> test) {
        return library.labs().stream().map(lab -> lab.manifest()).filter(test).map(dev.fixpoint.catalog.LabManifest::id).toList();
    }

    @Test
    void searchFindsLabsByCweIdCommonNameAndOwaspCategory() throws Exception {
        List<String> sqlInjection = labsWhere(lab -> lab.cwe().contains(89));
        assertThat(listed(page("/labs?q=CWE-89"))).containsExactlyInAnyOrderElementsOf(sqlInjection).contains("sql-injection-search");
        assertThat(listed(page("/labs?q=89"))).containsExactlyInAnyOrderElementsOf(sqlInjection);
        assertThat(listed(page("/labs?q=sqli"))).containsExactlyInAnyOrderElementsOf(sqlInjection);
        assertThat(listed(page("/labs?q=XSS"))).containsExactlyInAnyOrderElementsOf(labsWhere(lab -> lab.cwe().contains(79))).contains("stored-xss-comments");
        assertThat(listed(page("/labs?q=access+control"))).contains("idor-invoices", "path-traversal-download")
                .doesNotContain("sql-injection-search", "stored-xss-comments");
        assertThat(apiIds("?q=ssrf")).containsExactlyInAnyOrderElementsOf(labsWhere(lab -> lab.cwe().contains(918))).contains("ssrf-link-preview");
        assertThat(apiIds("?q=broken+object+level+authorization")).containsExactlyInAnyOrderElementsOf(labsWhere(lab -> lab.api2023().contains("API1")))
                .contains("idor-invoices", "spring-bola-repository");
        assertThat(apiIds("?q=injection&track=backend&difficulty=2")).contains("stored-xss-comments").doesNotContain("sql-injection-search")
                .allMatch(id -> labsWhere(lab -> lab.difficulty() == 2).contains(id));
    }

    @Test
    void labsAreOrderedByTrackThenDifficulty() throws Exception {
        List<String> keys = new ArrayList<>();
        json.readTree(mvc.perform(get("/api/v1/labs").session(session)).andReturn().getResponse().getContentAsString())
                .forEach(lab -> keys.add(lab.get("tracks").get(0).asString() + " " + lab.get("difficulty").asInt() + " " + lab.get("title").asString()));
        assertThat(keys).hasSize(library.labs().size()).isSorted();
        assertThat(apiIds("")).startsWith("sql-injection-search");
        assertThat(listed(page("/labs"))).isEqualTo(apiIds(""));
    }

    @Test
    void filtersOfferOnlyValuesSomeLabHas() throws Exception {
        String catalog = page("/labs");
        String difficulty = catalog.substring(catalog.indexOf("<select id=\"difficulty\""), catalog.indexOf("</select>", catalog.indexOf("<select id=\"difficulty\"")));
        java.util.Set<Integer> present = library.labs().stream().map(lab -> lab.manifest().difficulty()).collect(java.util.stream.Collectors.toSet());
        for (int level = 1; level <= 5; level++) {
            assertThat(difficulty.contains("value=\"" + level + "\"")).as("difficulty " + level + " offered").isEqualTo(present.contains(level));
        }
        assertThat(catalog).contains("value=\"A03:2021\">A03:2021 Injection</option>", "value=\"API1:2023\">API1:2023 Broken Object Level Authorization</option>",
                        "value=\"89\">CWE-89 Improper Neutralization");
        for (int category = 1; category <= 10; category++) {
            String code = "A%02d".formatted(category);
            boolean tagged = !labsWhere(lab -> lab.owasp2025().contains(code)).isEmpty();
            assertThat(catalog.contains("value=\"" + code + ":2025\"")).as(code + ":2025 offered").isEqualTo(tagged);
        }
        assertThat(catalog.contains("value=\"78\"")).as("CWE-78 offered").isEqualTo(!labsWhere(lab -> lab.cwe().contains(78)).isEmpty());
        assertThat(listed(page("/labs?owasp=A05:2025"))).containsExactlyInAnyOrderElementsOf(labsWhere(lab -> lab.owasp2025().contains("A05")))
                .contains("sql-injection-search", "stored-xss-comments", "spring-spel-injection");
        assertThat(listed(page("/labs?owasp=A05:2021"))).containsExactlyInAnyOrderElementsOf(labsWhere(lab -> lab.owasp2021().contains("A05")))
                .contains("xxe-xml-import", "spring-actuator-exposure");
    }

    @Test
    void anEmptyResultOffersToClearTheFilters() throws Exception {
        String nothing = page("/labs?q=nothing-like-this&track=cloud");
        assertThat(nothing).contains("No lab matches this filter.", "<a href=\"/labs\">Clear the filters</a>");
        assertThat(listed(nothing)).isEmpty();
        assertThat(page("/labs")).doesNotContain("Clear the filters");
    }

    @Test
    void theCatalogMarksLabsSolvedOrInProgress() throws Exception {
        accounts.create("marked", PASSWORD, Role.LEARNER);
        MockHttpSession marked = MockMvcSignIn.signIn(mvc, "marked", PASSWORD);
        String file = "src/shop/ProductRepository.java";
        String starter = "src/billing/InvoiceController.java";
        submit(marked, "idor-invoices", Map.of(starter, Files.readString(Path.of(System.getProperty("fixpoint.labs"), "idor-invoices", starter))));
        String solved = submit(marked, "sql-injection-search",
                Map.of(file, Files.readString(Path.of(System.getProperty("fixpoint.labs"), "sql-injection-search", "solution", file))));
        awaitDone(marked, solved);
        String catalog = page("/labs", marked);
        assertThat(row(catalog, "sql-injection-search")).contains("✓ solved");
        assertThat(row(catalog, "idor-invoices")).contains("in progress").doesNotContain("solved");
        assertThat(row(catalog, "jwt-verification")).doesNotContain("in progress", "solved");
        assertThat(page("/labs")).doesNotContain("✓ solved", "in progress");
    }

    private static String row(String page, String lab) {
        int start = page.indexOf("href=\"/labs/" + lab + "\"");
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** Submits files of a lab through the API; returns the submission's id. */
    private String submit(MockHttpSession as, String lab, Map<String, String> files) throws Exception {
        String created = mvc.perform(post("/api/v1/labs/" + lab + "/submissions").session(as).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("files", files))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asString();
    }

    private void awaitDone(MockHttpSession as, String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            String status = json.readTree(mvc.perform(get("/api/v1/submissions/" + id).session(as)).andReturn().getResponse().getContentAsString())
                    .get("status").asString();
            if (status.matches("DONE|FAILED")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("submission " + id + " was not graded within 60 s");
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
