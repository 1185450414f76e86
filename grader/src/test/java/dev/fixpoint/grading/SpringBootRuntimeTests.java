package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.SandboxSettings;
import dev.fixpoint.sandbox.WorkerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Spring Boot application graded in the sandbox: the spring-boot runtime behind the same grader as the java one. */
@Tag("sandbox")
class SpringBootRuntimeTests {

    @TempDir
    static Path root;
    private static Grader grader;
    private static Lab lab;

    @BeforeAll
    static void writeLab() throws IOException {
        lab = SpringBootLab.write(root);
        grader = TestGrader.create();
    }

    @AfterAll
    static void stopGrader() {
        grader.close();
    }

    @Test
    void theStarterIsVulnerableAndTheSolutionSecure() {
        GradeReport starter = grader.grade(lab, lab.starterFiles());
        GradeReport solution = grader.grade(lab, lab.solutionFiles());

        assertThat(starter.verdict()).as(starter.summary() + starter.checks() + starter.output()).isEqualTo(Verdict.VULNERABLE);
        assertThat(solution.verdict()).as(solution.summary() + solution.output()).isEqualTo(Verdict.SECURE);
    }

    @Test
    void theEditableApplicationPropertiesConfigureTheApplication() {
        Map<String, String> files = new java.util.HashMap<>(lab.solutionFiles());
        files.put(SpringBootLab.PROPERTIES, "spring.mvc.servlet.path=/api\n");

        GradeReport moved = grader.grade(lab, files);

        assertThat(moved.verdict()).as(moved.summary()).isEqualTo(Verdict.BROKEN);
    }

    @Test
    void twoSpringBootServicesRunInOneWorkerThatIsGivenTheMemoryOfBoth(@TempDir Path labs) throws IOException {
        Lab twoServices = SpringBootLab.writeTwoServices(labs);

        GradeReport starter = grader.grade(twoServices, twoServices.starterFiles());
        GradeReport solution = grader.grade(twoServices, twoServices.solutionFiles());

        assertThat(starter.verdict()).as(starter.summary() + starter.checks() + starter.output()).isEqualTo(Verdict.VULNERABLE);
        assertThat(solution.verdict()).as(solution.summary() + solution.output()).isEqualTo(Verdict.SECURE);
        assertThat(grader.workerSpec(twoServices).extraHeapMiB()).isEqualTo(SpringBootRuntime.EXTRA_HEAP_PER_SERVICE_MIB);
        assertThat(grader.workerSpec(lab).extraHeapMiB()).isZero();
    }

    @Test
    void aServersWorkersRunTheSpringWarmUpCleanlyAndGradeAsTheOthersDo() {
        // The server's workers warm up while they wait in the pool; the other tests' workers skip it, as lab verify's do.
        try (Grader warm = new Grader(Installation.detect(), new Sandbox(SandboxSettings.defaults().withPoolSize(0)))) {
            WorkerProcess worker = warm.sandbox().acquire(warm.workerSpec(lab));
            String warmUpOutput = worker.output();
            warm.sandbox().release(worker);
            GradeReport solution = warm.grade(lab, lab.solutionFiles());

            assertThat(warmUpOutput).doesNotContain("warm-up").doesNotContain("Exception");
            assertThat(solution.verdict()).as(solution.summary() + solution.output()).isEqualTo(Verdict.SECURE);
        }
    }

    @Test
    void springBootApplicationsRunOneAfterAnotherInOneWorkerEachWithItsOwnDatabase() {
        java.util.List<GradeReport> reports = grader.gradeInSequence(lab,
                java.util.List.of(lab.solutionFiles(), lab.starterFiles(), lab.solutionFiles()));

        assertThat(reports).extracting(GradeReport::verdict).as(reports.toString())
                .containsExactly(Verdict.SECURE, Verdict.VULNERABLE, Verdict.SECURE);
    }

    @Test
    void onlyALabThatNamesTheActuatorStarterHasItsEndpoints(@TempDir Path labs) throws IOException {
        Lab named = SpringBootLab.writeWithHealthCheck(labs, "actuator", java.util.List.of("actuator"));
        Lab unnamed = SpringBootLab.writeWithHealthCheck(labs, "plain", java.util.List.of());

        GradeReport withActuator = grader.grade(named, named.solutionFiles());
        GradeReport without = grader.grade(unnamed, unnamed.solutionFiles());

        assertThat(withActuator.verdict()).as(withActuator.summary() + withActuator.checks()).isEqualTo(Verdict.SECURE);
        assertThat(without.verdict()).as(without.summary()).isEqualTo(Verdict.BROKEN);
        assertThat(without.checks()).filteredOn(check -> !check.passed()).extracting(CheckReport::name).containsExactly("health-answers");
    }

    @Test
    void codeUsingAStarterTheLabDoesNotNameDoesNotCompileAsInAProjectWithoutIt() {
        Map<String, String> files = new java.util.HashMap<>(lab.solutionFiles());
        files.put(SpringBootLab.CONTROLLER, files.get(SpringBootLab.CONTROLLER)
                .replace("package shop;", "package shop;\nimport org.springframework.boot.health.contributor.Health;"));

        GradeReport report = grader.grade(lab, files);

        assertThat(report.verdict()).as(report.summary()).isEqualTo(Verdict.COMPILE_ERROR);
        assertThat(report.compileErrors()).extracting(CompileError::message).anyMatch(message -> message.contains("org.springframework.boot.health"));
    }

    @Test
    void aLibraryTheRuntimeDoesNotOfferIsRefusedNamingThoseItDoes(@TempDir Path labs) throws IOException {
        Lab unknown = SpringBootLab.writeWithHealthCheck(labs, "unknown", java.util.List.of("actuator", "webflux"));

        assertThatThrownBy(() -> grader.grade(unknown, unknown.solutionFiles()))
                .isInstanceOf(dev.fixpoint.catalog.LabFormatException.class)
                .hasMessageContaining("'webflux' is not an optional starter of the spring-boot runtime")
                .hasMessageContaining("[actuator, thymeleaf, validation]");
    }
}
