package dev.fixpoint.server.submissions;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.grading.Verdict;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.SandboxSettings;
import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.labs.LabLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grader cannot start a sandbox worker (here: the JDK the workers run on is gone, as when it is upgraded under a
 * running server): the learner gets a FAILED submission that says so and to try again, the operator a log line,
 * and once the JDK is back the next submission is graded, without a restart.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:no-sandbox;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1"})
@ExtendWith(OutputCaptureExtension.class)
@Tag("sandbox")
class SandboxUnavailableTests {

    private static final String LAB = "platform-fixture";
    private static final String FILE = "src/notes/NoteStore.java";
    private static final Path FOLDER = folder();
    /** The workers' JDK, a link the test points away and back. */
    private static final Path JDK = FOLDER.resolve("jdk");

    @Autowired
    AccountService accounts;
    @Autowired
    LabLibrary library;
    @Autowired
    Submissions submissions;

    @TestConfiguration
    static class WorkersOnALinkedJdk {

        /** No pre-started workers, so that every submission starts its own on the JDK as it is at that moment. */
        @Bean
        @Primary
        Grader graderWithWorkersOnALinkedJdk() {
            pointJdkAt(Path.of(System.getProperty("java.home")));
            SandboxSettings defaults = SandboxSettings.defaults();
            return new Grader(Installation.detect(), new Sandbox(new SandboxSettings(defaults.isolation(), JDK, defaults.heapMiB(),
                    defaults.memoryMiB(), defaults.cpuSeconds(), defaults.maxTasks(), defaults.maxOpenFiles(), defaults.scratchMiB(),
                    defaults.outputKiB(), 0, defaults.bubblewrap(), null, defaults.scratchRoot(), defaults.addressSpaceMiB(),
                    defaults.kernelFilter(), defaults.warmUp())));
        }
    }

    @AfterAll
    static void removeLink() throws IOException {
        Files.deleteIfExists(JDK);
        Files.deleteIfExists(FOLDER);
    }

    @Test
    void theLearnerIsToldToTryAgainAndOnceAWorkerCanStartTheNextSubmissionIsGraded(CapturedOutput output) throws Exception {
        Account account = accounts.create("no-sandbox", "a long enough password", Role.LEARNER);
        Lab lab = library.find(LAB).orElseThrow();
        Map<String, String> fix = Map.of(FILE, Files.readString(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution", FILE)));

        pointJdkAt(FOLDER.resolve("uninstalled-jdk"));
        String refused = submissions.submit(account, lab, fix);

        SubmissionView failed = awaitGraded(account, refused);
        assertThat(failed.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(failed.error()).startsWith("The grader could not start a sandbox").contains("try again")
                .as("no host detail for the learner").doesNotContain(FOLDER.toString());
        assertThat(output.getAll().lines().filter(line -> line.contains(refused))).as("the operator's log")
                .singleElement().asString().contains("no sandbox worker could be started");

        pointJdkAt(Path.of(System.getProperty("java.home")));
        String graded = submissions.submit(account, lab, fix);

        assertThat(awaitGraded(account, graded).report().verdict()).isEqualTo(Verdict.SECURE);
    }

    private SubmissionView awaitGraded(Account account, String id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            SubmissionView view = submissions.find(account, id).orElseThrow();
            if (view.status() == SubmissionStatus.DONE || view.status() == SubmissionStatus.FAILED) {
                return view;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(id + " was not graded within a minute");
    }

    /** Replaces the link in one step, as a package manager replaces an installed JDK. */
    private static void pointJdkAt(Path target) {
        try {
            Path next = Files.createSymbolicLink(FOLDER.resolve("jdk.next"), target);
            Files.move(next, JDK, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("fixpoint-workers-jdk");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
