package dev.fixpoint.server.submissions;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Verdict;
import dev.fixpoint.sandbox.SandboxUnavailableException;
import dev.fixpoint.server.labs.LabLibrary;
import jakarta.annotation.PreDestroy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Grades stored submissions, a bounded number at a time. Submissions are stored before they are queued, and a
 * periodic sweep queues again every unfinished one that no grading thread of this server owns: those a stopped
 * server left queued or running, and those whose result could not be stored while the database was unavailable.
 * One server per database: a submission another server is grading would look abandoned to this one.
 */
@Component
class GradingQueue {

    static final String NO_SANDBOX = "The grader could not start a sandbox to run your code: the server has no worker "
            + "available right now — try again in a moment; if it keeps happening, tell your administrator.";

    private static final System.Logger LOG = System.getLogger(GradingQueue.class.getName());

    private final SubmissionRepository submissions;
    private final LabLibrary library;
    private final Grader grader;
    private final DatabaseOutage outage;
    private final ApplicationEventPublisher events;
    private final GradingNotices notices;
    private final ExecutorService workers;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("grading-sweeper").factory());
    private final Duration sweepInterval;
    /** Submissions handed to a grading thread and not finished with yet. */
    private final Set<String> owned = ConcurrentHashMap.newKeySet();

    GradingQueue(SubmissionRepository submissions, LabLibrary library, Grader grader, DatabaseOutage outage, ApplicationEventPublisher events,
                 GradingNotices notices, GradingProperties settings) {
        this.notices = notices;
        this.submissions = submissions;
        this.library = library;
        this.grader = grader;
        this.outage = outage;
        this.events = events;
        this.sweepInterval = settings.sweepInterval();
        this.workers = Executors.newFixedThreadPool(settings.concurrency(), Thread.ofPlatform().daemon().name("grading-", 0).factory());
    }

    /** Sweeps now, for what a stopped server left unfinished, and then periodically. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        sweeper.scheduleWithFixedDelay(this::sweep, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            resumeUnfinished();
        } catch (RuntimeException e) {
            // A sweep that threw would cancel all later ones; this one is logged and the next one tries again.
            LOG.log(System.Logger.Level.ERROR, "sweeping the grading queue failed", e);
        }
    }

    /** Queues, oldest first, every unfinished submission that no grading thread owns. */
    void resumeUnfinished() {
        try {
            for (String id : submissions.unfinishedIds()) {
                if (!owned.contains(id)) {
                    submissions.requeue(id);
                    enqueue(id);
                }
            }
            outage.answered();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.explains(e)) {
                throw e;
            }
            outage.failed("unfinished submissions cannot be looked for; they are graded once it is back", e);
        }
    }

    /** Hands the submission to a grading thread, unless one has it already. */
    void enqueue(String submissionId) {
        if (owned.add(submissionId)) {
            workers.execute(() -> grade(submissionId));
        }
    }

    private void grade(String submissionId) {
        try {
            // Atomic in the database: of two graders given the same submission, only one starts it.
            if (submissions.start(submissionId)) {
                gradeStarted(submissionId);
            }
        } catch (RuntimeException e) {
            if (!DatabaseOutage.explains(e)) {
                throw e;
            }
            // Left as it is in the database (queued or running), the submission is graded again by a sweep once it is back.
            outage.failed("gradings cannot be started or their results stored; those submissions are graded again once it is back", e);
        } finally {
            owned.remove(submissionId);
            notices.done(submissionId);
        }
    }

    private void gradeStarted(String submissionId) {
        try {
            SubmissionRepository.Stored stored = submissions.find(submissionId).orElseThrow();
            Optional<Lab> lab = library.find(stored.labId());
            if (lab.isEmpty()) {
                submissions.fail(submissionId, "The lab " + stored.labId() + " is no longer installed.");
                return;
            }
            GradeReport report = grader.grade(lab.get(), stored.files());
            if (report.verdict() == Verdict.LAB_ERROR) {
                // The learner is told it is not their fault; the administrator's log names the lab to fix.
                LOG.log(System.Logger.Level.WARNING, "Lab " + stored.labId() + " could not set up an attack on submission " + submissionId
                        + " although its feature works: the lab's checks or service code need fixing (fixpoint lab verify " + stored.labId() + ")");
            }
            if (submissions.finish(submissionId, report) && report.secure()) {
                announceSolved(new LabSolved(stored.accountId(), stored.labId(), submissionId, stored.view().createdAt()));
            }
        } catch (SandboxUnavailableException e) {
            LOG.log(System.Logger.Level.ERROR, "Submission " + submissionId + " FAILED: no sandbox worker could be started: " + e.getMessage());
            submissions.fail(submissionId, NO_SANDBOX);
        } catch (RuntimeException | Error e) {
            if (DatabaseOutage.explains(e)) {
                throw e;
            }
            // Whatever went wrong, the learner gets an answer instead of a submission that stays "running".
            LOG.log(System.Logger.Level.ERROR, "grading " + submissionId + " failed", e);
            submissions.fail(submissionId, "Grading failed: " + e.getMessage());
        }
    }

    /** Tells listeners (assignments) that a lab is solved; their failure never turns a stored verdict into a failed grading. */
    private void announceSolved(LabSolved solved) {
        try {
            events.publishEvent(solved);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "a listener failed on " + solved + "; it is caught up when next read", e);
        }
    }

    /** Stops sweeping when the server stops, so that no sweep reports the closed database as unavailable. */
    @PreDestroy
    void stopSweeping() {
        sweeper.shutdownNow();
    }

    void shutdown() throws InterruptedException {
        stopSweeping();
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
