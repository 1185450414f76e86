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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every bundled lab can be fixed through the server: the server prepares every lab when it starts, as it does by default
 * (the build turns that off for the other servers); every lab's page opens with its files, and its reference fix goes
 * through the API unchanged; and a reference fix submitted is graded SECURE, for one lab of each runtime and shape.
 * Grading itself is the same grader for every lab, which LabVerificationTests runs on every lab's fix: graded again here,
 * all of them took seven of the suite's minutes and proved nothing more.
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
    Stream<DynamicTest> everyLabsPageOpensAndItsReferenceFixGoesThroughTheApiUnchanged() {
        return library.labs().stream().map(lab -> DynamicTest.dynamicTest(lab.id(), () -> {
            String page = mvc.perform(get("/labs/" + lab.id()).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            lab.manifest().editable().forEach(path -> assertThat(page).contains("data-path=\"" + path + "\""));
            mvc.perform(put("/api/v1/labs/" + lab.id() + "/draft").session(session).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("files", lab.solutionFiles()))))
                    .andExpect(status().isNoContent());
            JsonNode draft = json.readTree(mvc.perform(get("/api/v1/labs/" + lab.id() + "/draft").session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            lab.solutionFiles().forEach((path, text) -> assertThat(draft.get("files").get(path).asString()).as(path).isEqualTo(text));
        }));
    }

    @TestFactory
    @Order(3)
    Stream<DynamicTest> aReferenceFixIsSecureThroughTheServerForEveryRuntimeAndShapeOfLab() {
        return representatives().stream().map(lab -> DynamicTest.dynamicTest(lab.id(), () ->
                assertThat(submit(lab).get("report").get("verdict").asString()).isEqualTo("SECURE")));
    }

    /** Per runtime, its first lab with one service and its lab with the most services. */
    private List<Lab> representatives() {
        Map<String, List<Lab>> byRuntime = library.labs().stream().sorted(Comparator.comparing(Lab::id))
                .collect(Collectors.groupingBy(lab -> lab.manifest().runtime(), TreeMap::new, Collectors.toList()));
        List<Lab> chosen = new ArrayList<>();
        byRuntime.values().forEach(labs -> {
            labs.stream().filter(lab -> lab.manifest().services().size() == 1).findFirst().ifPresent(chosen::add);
            labs.stream().max(Comparator.comparingInt(lab -> lab.manifest().services().size()))
                    .filter(lab -> lab.manifest().services().size() > 1).ifPresent(chosen::add);
        });
        assertThat(chosen).extracting(lab -> lab.manifest().runtime()).contains("java", "spring-boot");
        return chosen;
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
