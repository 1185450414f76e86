package dev.fixpoint.server.submissions;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.grading.Verdict;
import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Submissions a stopped server left queued or running are graded after the next start, each exactly once. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:queue;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=2"})
@Tag("sandbox")
class GradingQueueTests {

    private static final String FILE = "src/notes/NoteStore.java";

    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionRepository submissions;
    @Autowired
    GradingQueue queue;

    private SubmissionView await(String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            SubmissionView view = submissions.find(id).orElseThrow().view();
            if (view.status() == SubmissionStatus.DONE || view.status() == SubmissionStatus.FAILED) {
                return view;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(id + " was not graded");
    }

    @Test
    void queuedAndRunningSubmissionsAreGradedAfterARestart() throws Exception {
        Account account = accounts.create("restart-" + UUID.randomUUID().toString().substring(0, 6), "a long enough password", Role.LEARNER);
        String solution = Files.readString(Path.of(System.getProperty("fixpoint.labs"), "platform-fixture/solution", FILE));
        String running = UUID.randomUUID().toString();
        String queued = UUID.randomUUID().toString();
        // As a killed server leaves them: one taken by a grader, one still waiting, neither with a verdict.
        submissions.insert(running, account.id(), "platform-fixture", Map.of(FILE, solution));
        submissions.insert(queued, account.id(), "platform-fixture", Map.of(FILE, "broken"));
        submissions.start(running);

        queue.resumeUnfinished();

        assertThat(await(running).report().verdict()).isEqualTo(Verdict.SECURE);
        assertThat(await(queued).report().verdict()).isEqualTo(Verdict.COMPILE_ERROR);
        assertThat(submissions.history(account.id(), "platform-fixture")).hasSize(2);
    }

    @Test
    void aSubmissionForALabThatIsGoneFailsWithAReasonInsteadOfSpinning() throws Exception {
        Account account = accounts.create("gone-" + UUID.randomUUID().toString().substring(0, 6), "a long enough password", Role.LEARNER);
        String id = UUID.randomUUID().toString();
        submissions.insert(id, account.id(), "uninstalled-lab", Map.of(FILE, "x"));

        queue.enqueue(id);

        SubmissionView view = await(id);
        assertThat(view.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(view.error()).contains("no longer installed");
    }
}
