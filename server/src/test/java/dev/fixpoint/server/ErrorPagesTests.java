package dev.fixpoint.server;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of the API is a problem document (application/problem+json) whose detail says what is wrong, whatever
 * produced it (Spring Security, Spring MVC, a controller, a bug); every error of a page is the branded page, with the
 * navigation and a way back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:error-pages;DB_CLOSE_DELAY=-1")
@Import(ErrorPagesTests.Failing.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("sandbox")
class ErrorPagesTests {

    private static final String PASSWORD = "a long enough password";
    private static final String INTERNALS = "the database password is hunter2";

    /** A bug: an endpoint and a page that throw, as an unforeseen failure would. */
    @Controller
    static class Failing {

        @GetMapping("/api/v1/test-failure")
        String api() {
            throw new IllegalStateException(INTERNALS);
        }

        @GetMapping("/test-failure")
        String page() {
            throw new IllegalStateException(INTERNALS);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    private final JsonMapper json = JsonMapper.builder().build();
    private Visitor learner;

    @BeforeAll
    void signInALearnerWithAToken() throws Exception {
        accounts.create("learner", PASSWORD, Role.LEARNER);
        learner = new Visitor(base());
        learner.signIn("learner", PASSWORD);
        learner.createToken();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The problem document of a response, after checking its status and media type. */
    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        return problem;
    }

    @Test
    void anUnauthenticatedApiRequestIsTold401AndHowToAuthenticate() throws Exception {
        JsonNode problem = problem(new Visitor(base()).get("/api/v1/me", "Accept", "application/json"), 401);
        assertThat(problem.get("detail").asString()).contains("sign in", "Authorization: Bearer");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/me");
    }

    @Test
    void aRoleThatMayNotIsTold403() throws Exception {
        JsonNode problem = problem(learner.api("GET", "/api/v1/findings", null), 403);
        assertThat(problem.get("detail").asString()).contains("role may not");
    }

    @Test
    void aSessionRequestWithoutItsCsrfTokenIsToldSo() throws Exception {
        HttpResponse<String> response = learner.get("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(200);
        Visitor sessionOnly = new Visitor(base());
        sessionOnly.signIn("learner", PASSWORD);
        JsonNode problem = problem(sessionOnly.post("/api/v1/tokens?_csrf=forged", java.util.Map.of()), 403);
        assertThat(problem.get("detail").asString()).contains("CSRF token");
    }

    @Test
    void anUnknownRouteAndAnUnknownObjectAre404() throws Exception {
        assertThat(problem(learner.api("GET", "/api/v1/no-such-thing", null), 404).get("detail").asString())
                .contains("no such endpoint", "/api/v1/no-such-thing", "openapi.json");
        assertThat(problem(learner.api("GET", "/api/v1/labs/no-such-lab", null), 404).get("detail").asString()).isEqualTo("no such lab");
    }

    @Test
    void aMethodAnEndpointDoesNotAnswerIs405() throws Exception {
        JsonNode problem = problem(learner.api("DELETE", "/api/v1/labs", null), 405);
        assertThat(problem.get("detail").asString()).contains("DELETE", "GET");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        JsonNode problem = problem(learner.api("PUT", "/api/v1/labs/platform-fixture/draft", "{\"files\": "), 400);
        assertThat(problem.get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void aBugIs500WithoutItsInternals() throws Exception {
        HttpResponse<String> response = learner.api("GET", "/api/v1/test-failure", null);
        JsonNode problem = problem(response, 500);
        assertThat(problem.get("detail").asString()).contains("logged");
        assertThat(response.body()).doesNotContain(INTERNALS, "IllegalStateException", "trace");
    }

    /** The page of an error: the header with the navigation of a signed-in person, the status, and a way back. */
    private void assertBranded(HttpResponse<String> page, int status, String title) {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("class=\"brand\"", "aria-label=\"Main\"", "Sign out", "Error " + status, title,
                "id=\"way-back\" href=\"/\"").doesNotContain("Whitelabel", INTERNALS);
    }

    @Test
    void pagesAnswerErrorsWithTheBrandedPage() throws Exception {
        assertBranded(learner.get("/admin", "Accept", "text/html"), 403, "You may not open this page");
        assertBranded(learner.get("/no-such-page", "Accept", "text/html"), 404, "There is no such page");
        assertBranded(learner.get("/labs/no-such-lab", "Accept", "text/html"), 404, "There is no such page");
        assertBranded(learner.get("/test-failure", "Accept", "text/html"), 500, "Something went wrong");
    }
}
