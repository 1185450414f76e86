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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check that cannot set its attack up proves nothing: never a pass, never the learner's fault when the feature works,
 * and {@code lab verify} fails on it. The fixture lab's attack needs a user signed up "for attack"; its editable gate
 * decides which sign-ups work. One functional check is written in lab.yaml alone, with the SDK's SendAndExpect.
 */
@Tag("sandbox")
class SetupFailureTests {

    private static final String GATE = "src/app/Gate.java";

    @TempDir
    static Path root;
    private static Grader grader;
    private static Lab lab;

    @BeforeAll
    static void writeLab() throws IOException {
        Path dir = root.resolve("setup");
        write(dir.resolve("lab.yaml"), """
                schema: 1
                id: setup
                title: Set-up failures
                summary: An attack that needs a user first.
                runtime: java
                tracks: [backend]
                difficulty: 1
                cwe: [693]
                owasp: {}
                minutes: 1
                services:
                  - {name: app, class: app.AppService, exposure: public}
                editable: [src/app/Gate.java]
                hints: [none]
                checks:
                  - {name: attack, class: checks.Attack, kind: exploit, visibility: visible, explanation: got through}
                  - {name: attack-again, class: checks.Attack, kind: exploit, visibility: hidden, explanation: got through, clue: the attack again}
                  - {name: sign-up-works, class: checks.SignUpWorks, kind: functional, visibility: visible}
                  - {name: sign-up-as-data, class: dev.fixpoint.lab.check.SendAndExpect, kind: functional, visibility: hidden,
                     clue: a sign-up written as data, params: {service: app, request: "POST /signup?for=data", status: "201"}}
                """);
        write(dir.resolve("briefing.md"), "Set-up.");
        write(dir.resolve("writeup.md"), "Set-up.");
        write(dir.resolve("src/app/AppService.java"), """
                package app;

                import com.sun.net.httpserver.HttpHandler;
                import dev.fixpoint.lab.LabService;
                import dev.fixpoint.lab.ServiceContext;

                public class AppService implements LabService {
                    @Override
                    public HttpHandler start(ServiceContext context) {
                        return exchange -> {
                            String query = String.valueOf(exchange.getRequestURI().getQuery());
                            int status = Gate.accepts(query.replace("for=", "")) ? 201 : 500;
                            exchange.sendResponseHeaders(status, -1);
                            exchange.close();
                        };
                    }
                }
                """);
        write(dir.resolve(GATE), gate("!purpose.equals(\"attack\")"));
        write(dir.resolve("solution").resolve(GATE), gate("true"));
        write(dir.resolve("checks/checks/Attack.java"), """
                package checks;

                import dev.fixpoint.lab.*;
                import dev.fixpoint.lab.check.Client;

                public class Attack implements Check {
                    @Override
                    public CheckResult run(CheckContext context) throws SetupFailedException {
                        Client.of(context, "app").post("/signup").query("for", "attack").expect("signing the attacker up", 201);
                        return CheckResult.pass("blocked");
                    }
                }
                """);
        write(dir.resolve("checks/checks/SignUpWorks.java"), """
                package checks;

                import dev.fixpoint.lab.*;
                import dev.fixpoint.lab.check.Client;

                public class SignUpWorks implements Check {
                    @Override
                    public CheckResult run(CheckContext context) throws SetupFailedException {
                        Client.of(context, "app").post("/signup").query("for", "feature").expect("signing a customer up", 201);
                        return CheckResult.pass("works");
                    }
                }
                """);
        LabCatalog catalog = LabCatalog.load(root);
        assertThat(catalog.problems()).isEmpty();
        lab = catalog.find("setup").orElseThrow();
        grader = TestGrader.create();
    }

    @AfterAll
    static void stopGrader() {
        grader.close();
    }

    @Test
    void anAttackThatCannotBeSetUpWhileTheFeatureWorksIsTheLabsFaultNeverSecure() {
        GradeReport report = grader.grade(lab, lab.starterFiles());

        assertThat(report.verdict()).as(report.summary()).isEqualTo(Verdict.LAB_ERROR);
        assertThat(report.summary()).contains("2 attacks could not be set up").contains("fault of the lab");
        CheckReport visible = report.checks().stream().filter(check -> check.name().equals("attack")).findFirst().orElseThrow();
        assertThat(visible.outcome()).isEqualTo(CheckReport.Outcome.NOT_SET_UP);
        assertThat(visible.passed()).isFalse();
        assertThat(visible.message()).isEqualTo("signing the attacker up: POST /signup?for=attack answered 500");
        CheckReport hidden = report.checks().stream().filter(check -> check.name().equals("attack-again")).findFirst().orElseThrow();
        assertThat(hidden.outcome()).isEqualTo(CheckReport.Outcome.NOT_SET_UP);
        assertThat(hidden.message()).doesNotContain("POST").isEqualTo("The hidden check could not set its attack up.");
    }

    @Test
    void whenTheFeatureItNeedsIsBrokenTheVerdictIsBroken() {
        GradeReport report = grader.grade(lab, Map.of(GATE, gate("false")));

        assertThat(report.verdict()).as(report.summary()).isEqualTo(Verdict.BROKEN);
        CheckReport functional = report.checks().stream().filter(check -> check.name().equals("sign-up-works")).findFirst().orElseThrow();
        assertThat(functional.outcome()).isEqualTo(CheckReport.Outcome.BROKEN);
        assertThat(functional.message()).isEqualTo("The feature does not work: signing a customer up: POST /signup?for=feature answered 500");
    }

    @Test
    void aCheckWrittenOnlyInLabYamlRunsAndJudgesTheAnswer() {
        GradeReport works = grader.grade(lab, lab.solutionFiles());
        GradeReport broken = grader.grade(lab, Map.of(GATE, gate("!purpose.equals(\"data\")")));

        assertThat(works.checks()).filteredOn(check -> check.name().equals("sign-up-as-data")).singleElement()
                .satisfies(check -> assertThat(check.outcome()).as(check.message()).isEqualTo(CheckReport.Outcome.WORKS));
        assertThat(broken.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(broken.checks()).filteredOn(check -> check.name().equals("sign-up-as-data")).singleElement()
                .satisfies(check -> assertThat(check.outcome()).isEqualTo(CheckReport.Outcome.BROKEN));
    }

    @Test
    void labVerifyFailsNamingTheCheckThatCouldNotSetUp() {
        LabVerifier.Verification verification = new LabVerifier(grader, Installation.detect()).verify(lab);

        assertThat(verification.passed()).isFalse();
        assertThat(verification.solution().verdict()).isEqualTo(Verdict.SECURE);
        assertThat(verification.failures())
                .anySatisfy(failure -> assertThat(failure).contains("exploit check 'attack' could not set its attack up"))
                .anySatisfy(failure -> assertThat(failure).contains("expected VULNERABLE, got LAB_ERROR"));
    }

    private static String gate(String condition) {
        return """
                package app;

                public class Gate {
                    public static boolean accepts(String purpose) {
                        return %s;
                    }
                }
                """.formatted(condition);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
