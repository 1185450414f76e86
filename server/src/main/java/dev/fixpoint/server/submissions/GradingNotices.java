package dev.fixpoint.server.submissions;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Wakes whoever waits for a submission when a grading thread of this server is done with it, so that a lab page gets its
 * verdict the moment it is stored instead of at its next poll. Only a wake-up: waiters read the result from the database.
 */
@Component
class GradingNotices {

    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** A grading thread is done with the submission (graded, failed, or left for a sweep). */
    void done(String submissionId) {
        CompletableFuture<Void> notice = waiting.remove(submissionId);
        if (notice != null) {
            notice.complete(null);
        }
    }

    /**
     * Waits at most {@code max} until the submission's grading thread is done with it, or not at all if {@code finished}
     * already says it is (asked after registering, so that a grading that ends in between is not missed). Every waiter
     * of a submission is woken: two tabs on one lab page both get the verdict at once.
     */
    void await(String submissionId, BooleanSupplier finished, Duration max) throws InterruptedException {
        CompletableFuture<Void> notice = waiting.computeIfAbsent(submissionId, id -> new CompletableFuture<>());
        if (finished.getAsBoolean()) {
            // Done before this registered: no grading thread will come for the entry, so it goes now.
            waiting.remove(submissionId, notice);
            notice.complete(null);
            return;
        }
        try {
            notice.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // The caller reads the status as it is and asks again later; the entry stays for the grading thread to end.
        }
    }
}
