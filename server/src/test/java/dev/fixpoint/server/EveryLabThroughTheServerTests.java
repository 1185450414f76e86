package dev.fixpoint.server;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.labs.LabLibrary;
import dev.fixpoint.grading.Grader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every bundled lab can be fixed through the server: its lab page opens, and its reference fix, submitted, is SECURE. The
 * server prepares every lab when it starts, as it does by default (the build turns that off for the other servers).
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:every-lab;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=2",
        "fixpoint.grading.prepare-at-start=true"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("sandbox")
class EveryLabThroughTheServerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    LabLibrary library;
    @Autowired
    Grader grader;
    private final JsonMapper json = JsonMapper.builder().build();
    private MockHttpSession session;

    @BeforeAll
    void signIn() throws Exception {
        accounts.create("every-lab", "a long enough password", Role.LEARNER);
        session = (MockHttpSession) mvc.perform(formLogin("/login").user("every-lab").password("a long enough password"))
                .andReturn().getRequest().getSession(false);
    }

    @Test
    @Order(1)
    void theServerCompilesEveryInstalledLabWhenItStartsBeforeAnyIsOpened() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (!library.labs().stream().allMatch(grader::prepared) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(library.labs()).isNotEmpty().allSatisfy(lab -> assertThat(grader.prepared(lab)).as(lab.id()).isTrue());
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyLabsReferenceFixIsSecureThroughTheServer() {
        return library.labs().stream().map(lab -> DynamicTest.dynamicTest(lab.id(), () -> {
            String page = mvc.perform(get("/labs/" + lab.id()).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            lab.manifest().editable().forEach(path -> assertThat(page).contains("data-path=\"" + path + "\""));
            assertThat(submit(lab).get("report").get("verdict").asString()).isEqualTo("SECURE");
        }));
    }

    private JsonNode submit(Lab lab) throws Exception {
        String created = mvc.perform(post("/api/v1/labs/" + lab.id() + "/submissions").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("files", lab.solutionFiles()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(created).get("id").asString();
        for (int i = 0; i < 600; i++) {
            JsonNode submission = json.readTree(mvc.perform(get("/api/v1/submissions/" + id).session(session)).andReturn().getResponse().getContentAsString());
            if (submission.get("status").asString().matches("DONE|FAILED")) {
                return submission;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(lab.id() + " was not graded within 30 s");
    }
}
