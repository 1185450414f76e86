package dev.fixpoint.server.submissions;

import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.labs.LabLibrary;
import dev.fixpoint.catalog.Lab;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same persistence behaviour on every database Fixpoint supports; subclasses choose the database. */
abstract class PersistenceContract {

    private static final String FILE = "src/shop/ProductRepository.java";

    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionRepository submissions;
    @Autowired
    DraftRepository drafts;
    @Autowired
    LabLibrary library;
    @Autowired
    JdbcClient jdbc;

    private Account newAccount() {
        return accounts.create("user-" + UUID.randomUUID().toString().substring(0, 8), "a long enough password", Role.LEARNER);
    }

    @Test
    void draftsAreSavedReplacedAndReadBack() {
        Account account = newAccount();
        String text = "héllo \"wörld\" ' -- ; " + "x".repeat(100_000);

        drafts.save(account.id(), "sql-injection-search", Map.of(FILE, "first"));
        drafts.save(account.id(), "sql-injection-search", Map.of(FILE, text));

        assertThat(drafts.find(account.id(), "sql-injection-search")).containsExactly(Map.entry(FILE, text));
        assertThat(drafts.find(newAccount().id(), "sql-injection-search")).isEmpty();
    }

    @Test
    void aSubmissionIsStoredQueuedFinishedAndReadOnlyThroughItsOwner() {
        Account account = newAccount();
        String id = UUID.randomUUID().toString();
        submissions.insert(id, account.id(), "sql-injection-search", Map.of(FILE, "code"));

        assertThat(submissions.find(id).orElseThrow().view().status()).isEqualTo(SubmissionStatus.QUEUED);
        assertThat(submissions.start(id)).isTrue();
        assertThat(submissions.start(id)).as("a running submission is not taken twice").isFalse();
        submissions.finish(id, new SubmissionReport("SECURE", "ok", java.util.List.of(), 0,
                java.util.List.of(new SubmissionReport.Diagnostic("src/a.java", 3, 7, "';' expected")), 42));

        SubmissionRepository.Stored stored = submissions.find(id).orElseThrow();
        assertThat(stored.files()).containsExactly(Map.entry(FILE, "code"));
        assertThat(stored.view().report().verdict()).isEqualTo("SECURE");
        assertThat(submissions.history(account.id(), "sql-injection-search")).extracting(SubmissionView::id).containsExactly(id);
    }

    @Test
    void submissionsAStoppedServerLeftRunningAreQueuedAgain() {
        Account account = newAccount();
        String running = UUID.randomUUID().toString();
        String queued = UUID.randomUUID().toString();
        submissions.insert(running, account.id(), "sql-injection-search", Map.of(FILE, "a"));
        submissions.insert(queued, account.id(), "sql-injection-search", Map.of(FILE, "b"));
        submissions.start(running);

        assertThat(submissions.requeueUnfinished()).contains(running, queued);
        assertThat(submissions.find(running).orElseThrow().view().status()).isEqualTo(SubmissionStatus.QUEUED);
    }

    @Test
    void accountNamesAreUnique() {
        Account account = newAccount();
        assertThatThrownBy(() -> accounts.create(account.username(), "another long password", Role.LEARNER))
                .hasMessageContaining("is taken");
        Lab lab = library.find("sql-injection-search").orElseThrow();
        assertThat(lab.id()).isEqualTo("sql-injection-search");
    }
}
