package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime interface with a second runtime, found by ServiceLoader from the test class path: {@link ConfigTestRuntime},
 * whose editable file is YAML with no compile step. Graded by the same grader, workers and checks as the java runtime.
 */
@Tag("sandbox")
class ConfigRuntimeTests {

    @TempDir
    static Path root;
    private static Grader grader;
    private static Lab lab;

    @BeforeAll
    static void writeLab() throws IOException {
        Path dir = root.resolve("labs/open-policy");
        write(dir.resolve("lab.yaml"), """
                schema: 1
                id: open-policy
                title: An open policy
                summary: A policy that lets everyone in.
                runtime: config-test
                tracks: [devops]
                difficulty: 1
                cwe: [284]
                owasp: {}
                minutes: 1
                services:
                  - {name: gate, class: gate.GateService, exposure: public}
                editable: [src/policy.yaml]
                hints: [name who may come in]
                checks:
                  - {name: stranger-is-refused, class: checks.StrangerIsRefused, kind: exploit, visibility: visible, explanation: everyone may come in}
                  - {name: another-stranger-is-refused, class: dev.fixpoint.lab.check.SendAndExpect, kind: exploit, visibility: hidden,
                     explanation: everyone may come in, clue: another stranger,
                     params: {service: gate, request: "GET /can?who=eve-{random}", must-contain: refused}}
                  - {name: alice-comes-in, class: dev.fixpoint.lab.check.SendAndExpect, kind: functional, visibility: visible,
                     params: {service: gate, request: "GET /can?who=alice", must-contain: allowed}}
                """);
        write(dir.resolve("briefing.md"), "Let only Alice in.");
        write(dir.resolve("writeup.md"), "Name Alice, not everyone.");
        write(dir.resolve("src/policy.yaml"), "allow: ['*']\n");
        write(dir.resolve("solution/src/policy.yaml"), "allow: [alice]\n");
        write(dir.resolve("src/gate/GateService.java"), """
                package gate;

                import com.sun.net.httpserver.HttpHandler;
                import dev.fixpoint.lab.LabService;
                import dev.fixpoint.lab.ServiceContext;

                import java.io.InputStream;
                import java.nio.charset.StandardCharsets;
                import java.util.List;

                public class GateService implements LabService {
                    @Override
                    public HttpHandler start(ServiceContext context) throws Exception {
                        List<String> allowed;
                        try (InputStream in = GateService.class.getResourceAsStream("/policy.allow")) {
                            allowed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                        }
                        return exchange -> {
                            String who = exchange.getRequestURI().getQuery().replace("who=", "");
                            byte[] body = (allowed.contains(who) || allowed.contains("*") ? "allowed" : "refused").getBytes(StandardCharsets.UTF_8);
                            exchange.sendResponseHeaders(200, body.length);
                            exchange.getResponseBody().write(body);
                            exchange.close();
                        };
                    }
                }
                """);
        write(dir.resolve("checks/checks/StrangerIsRefused.java"), """
                package checks;

                import dev.fixpoint.lab.*;
                import dev.fixpoint.lab.check.Client;

                public class StrangerIsRefused implements Check {
                    @Override
                    public CheckResult run(CheckContext context) {
                        String who = context.randomName("mallory");
                        String answer = Client.of(context, "gate").get("/can").query("who", who).send().body();
                        return CheckResult.passIf(answer.equals("refused"), who + " is refused", who + " was let in");
                    }
                }
                """);
        LabCatalog catalog = LabCatalog.load(root.resolve("labs"), LabRuntime.available());
        assertThat(catalog.problems()).isEmpty();
        lab = catalog.find("open-policy").orElseThrow();
        grader = TestGrader.create();
    }

    @AfterAll
    static void stopGrader() {
        grader.close();
    }

    @Test
    void runtimesAreFoundOnTheClassPath() {
        assertThat(LabRuntime.available()).contains("java", "config-test");
        assertThat(grader.runtimeNames()).contains("java", "config-test");
    }

    @Test
    void aConfigurationLabIsGradedLikeACodeLab() {
        GradeReport starter = grader.grade(lab, lab.starterFiles());
        GradeReport solution = grader.grade(lab, lab.solutionFiles());

        assertThat(starter.verdict()).as(starter.summary()).isEqualTo(Verdict.VULNERABLE);
        assertThat(solution.verdict()).as(solution.summary()).isEqualTo(Verdict.SECURE);
        assertThat(grader.grade(lab, Map.of(ConfigTestRuntime.POLICY, "allow: []\n")).verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(new LabVerifier(grader, Installation.detect()).verify(lab).failures()).isEmpty();
    }

    @Test
    void configurationThatDoesNotParseIsReportedAtItsLineWithoutStartingAWorker() {
        GradeReport report = grader.grade(lab, Map.of(ConfigTestRuntime.POLICY, "allow:\n  - alice\n - bob\n"));

        assertThat(report.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
        assertThat(report.compileErrors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("src/policy.yaml");
            assertThat(error.line()).isEqualTo(3);
        });
        assertThat(report.timings().startMs()).isZero();
    }

    @Test
    void aLabOfARuntimeThisFixpointLacksIsLeftOutNamingTheRuntimesThereAre() throws IOException {
        Path other = root.resolve("other-labs");
        Path copy = other.resolve("open-policy");
        dev.fixpoint.catalog.LabFolders.copy(root.resolve("labs/open-policy"), copy);
        Files.writeString(copy.resolve("lab.yaml"), Files.readString(copy.resolve("lab.yaml")).replace("runtime: config-test", "runtime: terraform"));

        LabCatalog catalog = LabCatalog.load(other, Set.of("java", "config-test"));

        assertThat(catalog.labs()).isEmpty();
        assertThat(catalog.problems()).containsExactly(
                "labs/open-policy/lab.yaml: runtime: 'terraform' is not a runtime of this Fixpoint (it has [config-test, java])");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
