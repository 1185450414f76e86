package dev.fixpoint.server.submissions;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.server.labs.LabLibrary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Grades stored submissions, a bounded number at a time. Submissions are stored before they are queued, so
 * those a stopped server left queued or running are graded after the next start.
 */
@Component
class GradingQueue {

    private static final System.Logger LOG = System.getLogger(GradingQueue.class.getName());

    private final SubmissionRepository submissions;
    private final LabLibrary library;
    private final Grader grader;
    private final ExecutorService workers;

    GradingQueue(SubmissionRepository submissions, LabLibrary library, Grader grader,
                 @Value("${fixpoint.grading.concurrency}") int concurrency) {
        this.submissions = submissions;
        this.library = library;
        this.grader = grader;
        this.workers = Executors.newFixedThreadPool(concurrency, Thread.ofPlatform().daemon().name("grading-", 0).factory());
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        submissions.requeueUnfinished().forEach(this::enqueue);
    }

    void enqueue(String submissionId) {
        workers.execute(() -> grade(submissionId));
    }

    private void grade(String submissionId) {
        if (!submissions.start(submissionId)) {
            return;
        }
        try {
            SubmissionRepository.Stored stored = submissions.find(submissionId).orElseThrow();
            Optional<Lab> lab = library.find(stored.labId());
            if (lab.isEmpty()) {
                submissions.fail(submissionId, "The lab " + stored.labId() + " is no longer installed.");
                return;
            }
            submissions.finish(submissionId, SubmissionReport.of(grader.grade(lab.get(), stored.files())));
        } catch (RuntimeException | Error e) {
            // Whatever went wrong, the learner gets an answer instead of a submission that stays "running".
            LOG.log(System.Logger.Level.ERROR, "grading " + submissionId + " failed", e);
            submissions.fail(submissionId, "Grading failed: " + e.getMessage());
        }
    }

    void shutdown() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
