package dev.fixpoint.server.submissions;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.labs.LabLibrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Back-pressure: a learner cannot flood the queue, and a queued submission says how many are ahead of it. */
// Waiting submissions are rows no grader is given; no sweep of the grading queue may grade them under the tests.
// The server of the persistence tests: no sweep hands the submissions these tests leave waiting to a grader.
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:persistence;DB_CLOSE_DELAY=-1", "fixpoint.grading.sweep-interval=1h"})
@Tag("sandbox")
class SubmissionLimitsTests {

    private static final String FILE = "src/notes/NoteStore.java";

    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionRepository repository;
    @Autowired
    Submissions submissions;
    @Autowired
    LabLibrary library;

    private Account newAccount() {
        return accounts.create("limits-" + UUID.randomUUID().toString().substring(0, 8), "a long enough password", Role.LEARNER);
    }

    /** A submission waiting in the queue, as when the graders are busy: stored, not handed to a grader. */
    private String waiting(Account account) throws InterruptedException {
        String id = UUID.randomUUID().toString();
        repository.insert(id, account.id(), "platform-fixture", Map.of(FILE, "// waiting"));
        Thread.sleep(5);
        return id;
    }

    @Test
    void aLearnerWithThreeSubmissionsWaitingIsAskedToWaitAndKeepsTheirDraft() throws Exception {
        Account account = newAccount();
        Lab lab = library.find("platform-fixture").orElseThrow();
        for (int i = 0; i < Submissions.MAX_UNFINISHED; i++) {
            waiting(account);
        }

        assertThatThrownBy(() -> submissions.submit(account, lab, Map.of(FILE, "// the fourth")))
                .isInstanceOf(TooManySubmissionsException.class).hasMessageContaining("3 submissions waiting");
        assertThat(submissions.files(account, lab)).containsEntry(FILE, "// the fourth");
        assertThat(repository.history(account.id(), "platform-fixture")).hasSize(Submissions.MAX_UNFINISHED);
    }

    @Test
    void aQueuedSubmissionSaysHowManyAreAheadOfIt() throws Exception {
        Account first = newAccount();
        Account second = newAccount();
        int before = repository.ahead(waiting(first)) + 1;
        waiting(second);
        String mine = waiting(first);

        assertThat(submissions.find(first, mine).orElseThrow().ahead()).isEqualTo(before + 1);
        assertThat(submissions.find(second, mine)).isEmpty();
    }
}
