package dev.fixpoint.server.submissions;

import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.labs.LabLibrary;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.grading.CheckReport;
import dev.fixpoint.grading.CompileError;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.grading.PolicyViolation;
import dev.fixpoint.grading.Verdict;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same persistence behaviour on every database Fixpoint supports; subclasses choose the database. */
abstract class PersistenceContract {

    private static final String FILE = "src/notes/NoteStore.java";

    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionRepository submissions;
    @Autowired
    DraftRepository drafts;
    @Autowired
    Submissions service;
    @Autowired
    LabLibrary library;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private Account newAccount() {
        return accounts.create("user-" + UUID.randomUUID().toString().substring(0, 8), "a long enough password", Role.LEARNER);
    }

    @Test
    void draftsAreSavedReplacedAndReadBack() {
        Account account = newAccount();
        String text = "héllo \"wörld\" ' -- ; " + "x".repeat(100_000);

        drafts.save(account.id(), "platform-fixture", Map.of(FILE, "first"));
        drafts.save(account.id(), "platform-fixture", Map.of(FILE, text));

        assertThat(drafts.find(account.id(), "platform-fixture")).containsExactly(Map.entry(FILE, text));
        assertThat(drafts.find(newAccount().id(), "platform-fixture")).isEmpty();
    }

    @Test
    void aSubmissionIsStoredQueuedFinishedAndReadOnlyThroughItsOwner() {
        Account account = newAccount();
        String id = UUID.randomUUID().toString();
        submissions.insert(id, account.id(), "platform-fixture", Map.of(FILE, "code"));

        assertThat(submissions.find(id).orElseThrow().view().status()).isEqualTo(SubmissionStatus.QUEUED);
        assertThat(submissions.start(id)).isTrue();
        assertThat(submissions.start(id)).as("a running submission is not taken twice").isFalse();
        submissions.finish(id, SampleReports.vulnerable());

        SubmissionRepository.Stored stored = submissions.find(id).orElseThrow();
        assertThat(stored.files()).containsExactly(Map.entry(FILE, "code"));
        assertThat(stored.view().report()).as("the full report is kept as it was written").isEqualTo(SampleReports.vulnerable());
        SubmissionView learners = submissions.history(account.id(), "platform-fixture").getFirst();
        assertThat(learners.id()).isEqualTo(id);
        assertThat(learners.report().view()).isEqualTo(GradeReport.View.LEARNER);
        assertThat(learners.report().checks()).as("the learner's view has no hidden check").extracting(CheckReport::name)
                .doesNotContain(SampleReports.HIDDEN_CHECK).isNotEmpty();
        assertThat(learners.report().hidden().clues()).containsExactly(SampleReports.CLUE);
        assertThat(service.find(account, id).orElseThrow().report()).isEqualTo(learners.report());
        assertThat(service.findFull(id).orElseThrow().report()).isEqualTo(SampleReports.vulnerable());
    }

    @Test
    void reportsStoredBeforeTheContractAreRewrittenWithTheirVerdictTranscriptAndPlaces() throws Exception {
        Account account = newAccount();
        String id = UUID.randomUUID().toString();
        submissions.insert(id, account.id(), "platform-fixture", Map.of(FILE, "code"));
        submissions.start(id);
        String legacy = """
                {"verdict":"VULNERABLE","summary":"1 of 2 attacks still get through.","checks":[{"name":"union","kind":"exploit",
                "passed":false,"message":"keys leaked","explanation":"pasted into SQL","transcript":["> GET /search?q=x\\n< 200 [{\\"key\\":1}]"]}],
                "hiddenFailed":2,"diagnostics":[{"file":"src/a.java","line":3,"column":7,"message":"';' expected"},
                {"file":"src/b.java","line":9,"column":0,"message":"uses java.lang.Runtime.exec, which this lab does not allow (process creation)"}],
                "totalMs":420,"isolation":{"level":"full","description":"bubblewrap"}}""";
        jdbc.sql("UPDATE submissions SET status = 'DONE', verdict = 'VULNERABLE', report = ? WHERE id = ?").params(legacy, id).update();

        try (Connection connection = dataSource.getConnection()) {
            new LegacyReportMigration().migrate(new Context() {
                @Override
                public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        GradeReport report = submissions.find(id).orElseThrow().view().report();
        assertThat(report.version()).isEqualTo(GradeReport.VERSION);
        assertThat(report.verdict()).isEqualTo(Verdict.VULNERABLE);
        assertThat(report.hidden().failed()).isEqualTo(2);
        assertThat(report.checks().getFirst().transcript().getFirst().request().target()).isEqualTo("/search?q=x");
        assertThat(report.checks().getFirst().transcript().getFirst().response().body()).isEqualTo("[{\"key\":1}]");
        assertThat(report.compileErrors()).extracting(CompileError::line).containsExactly(3L);
        assertThat(report.violations()).extracting(PolicyViolation::member).containsExactly("java.lang.Runtime.exec");
        assertThat(report.timings().totalMs()).isEqualTo(420);
        assertThat(report.isolation().full()).isTrue();
    }

    @Test
    void submissionsAStoppedServerLeftRunningAreQueuedAgain() {
        Account account = newAccount();
        String running = UUID.randomUUID().toString();
        String queued = UUID.randomUUID().toString();
        submissions.insert(running, account.id(), "platform-fixture", Map.of(FILE, "a"));
        submissions.insert(queued, account.id(), "platform-fixture", Map.of(FILE, "b"));
        submissions.start(running);

        assertThat(submissions.unfinishedIds()).contains(running, queued);
        assertThat(submissions.requeue(running)).isTrue();
        assertThat(submissions.requeue(running)).as("a queued submission is not queued twice").isFalse();
        assertThat(submissions.requeue(queued)).isFalse();
        assertThat(submissions.find(running).orElseThrow().view().status()).isEqualTo(SubmissionStatus.QUEUED);
    }

    /** Runs the calls on threads released at the same moment; each one's result, or the exception it threw. */
    private static List<Object> together(Callable<?>... calls) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<Object> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(calls.length)) {
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            for (Future<?> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
        }
        return outcomes;
    }

    @Test
    void anAutosaveArrivingWithRunChecksOnANewLabIsSavedAndTheSubmissionStored() throws Exception {
        Lab lab = library.find("platform-fixture").orElseThrow();
        // The two used to both find no draft and both insert it: one answered 500. A race, so tried many times.
        for (int attempt = 0; attempt < 20; attempt++) {
            Account account = newAccount();

            List<Object> outcomes = together(() -> {
                service.saveDraft(account, lab, Map.of(FILE, "// autosaved"));
                return "saved";
            }, () -> service.submit(account, lab, Map.of(FILE, "// submitted")));

            assertThat(outcomes).noneMatch(Throwable.class::isInstance);
            assertThat(drafts.find(account.id(), lab.id()).get(FILE)).isIn("// autosaved", "// submitted");
            assertThat(submissions.history(account.id(), lab.id())).hasSize(1);
        }
    }

    @Test
    void twoSubmitsArrivingTogetherWhenOneMoreMayWaitAreNotBothAccepted() throws Exception {
        Lab lab = library.find("platform-fixture").orElseThrow();
        for (int attempt = 0; attempt < 10; attempt++) {
            Account account = newAccount();
            for (int waiting = 1; waiting < Submissions.MAX_UNFINISHED; waiting++) {
                submissions.insert(UUID.randomUUID().toString(), account.id(), lab.id(), Map.of(FILE, "// waiting"));
            }

            List<Object> outcomes = together(() -> service.submit(account, lab, Map.of(FILE, "// one")),
                    () -> service.submit(account, lab, Map.of(FILE, "// two")));

            assertThat(outcomes).filteredOn(TooManySubmissionsException.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(1);
        }
    }

    @Test
    void ofManyGradersStartingOneSubmissionAtOnceExactlyOneGetsIt() throws Exception {
        Account account = newAccount();
        String id = UUID.randomUUID().toString();
        submissions.insert(id, account.id(), "platform-fixture", Map.of(FILE, "code"));
        int graders = 8;
        CountDownLatch ready = new CountDownLatch(graders);
        try (ExecutorService threads = Executors.newFixedThreadPool(graders)) {
            List<Future<Boolean>> started = new ArrayList<>();
            for (int i = 0; i < graders; i++) {
                started.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return submissions.start(id);
                }));
            }
            int winners = 0;
            for (Future<Boolean> attempt : started) {
                winners += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        }
    }

    @Test
    void aVerdictIsStoredOnlyForARunningSubmissionAndNeverReplaced() {
        Account account = newAccount();
        String id = UUID.randomUUID().toString();
        submissions.insert(id, account.id(), "platform-fixture", Map.of(FILE, "code"));
        GradeReport secure = SampleReports.secure();

        submissions.finish(id, secure);
        assertThat(submissions.find(id).orElseThrow().view().status()).as("not started, so not finished").isEqualTo(SubmissionStatus.QUEUED);
        submissions.start(id);
        submissions.finish(id, secure);
        submissions.finish(id, SampleReports.vulnerable());
        submissions.fail(id, "a late failure");

        SubmissionView view = submissions.find(id).orElseThrow().view();
        assertThat(view.status()).isEqualTo(SubmissionStatus.DONE);
        assertThat(view.report().verdict()).isEqualTo(Verdict.SECURE);
    }

    @Test
    void accountNamesAreUnique() {
        Account account = newAccount();
        assertThatThrownBy(() -> accounts.create(account.username(), "another long password", Role.LEARNER))
                .hasMessageContaining("is taken");
        Lab lab = library.find("platform-fixture").orElseThrow();
        assertThat(lab.id()).isEqualTo("platform-fixture");
    }
}
