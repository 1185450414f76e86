package dev.fixpoint.server.submissions;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Who waits for a submission is woken when its grading thread is done with it, and nobody waits for a finished one. */
class GradingNoticesTests {

    private final GradingNotices notices = new GradingNotices();

    private CompletableFuture<Void> waiter(AtomicBoolean finished) {
        CompletableFuture<Void> returned = new CompletableFuture<>();
        Thread.startVirtualThread(() -> {
            try {
                notices.await("s1", finished::get, Duration.ofMinutes(1));
                returned.complete(null);
            } catch (InterruptedException e) {
                returned.completeExceptionally(e);
            }
        });
        return returned;
    }

    @Test
    void everyWaiterOfASubmissionIsWokenWhenItIsDone() throws Exception {
        AtomicBoolean finished = new AtomicBoolean();
        CompletableFuture<Void> first = waiter(finished);
        CompletableFuture<Void> second = waiter(finished);
        Thread.sleep(200);
        assertThat(first).isNotDone();
        assertThat(second).isNotDone();

        finished.set(true);
        notices.done("s1");

        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSubmissionAlreadyFinishedIsNotWaitedFor() throws Exception {
        waiter(new AtomicBoolean(true)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWaitEndsAfterItsLongestTimeStillPending() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> notices.await("s2", () -> false, Duration.ofMillis(50)));
    }
}
