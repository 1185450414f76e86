package dev.fixpoint.server.webhooks;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender without a server: its back-off schedule, and that a database outage does not stop it. */
class WebhookSenderTests {

    /** The default settings but the poll interval. */
    private static WebhookProperties settings(Duration pollInterval) {
        return new WebhookProperties(pollInterval, Duration.ofSeconds(30), Duration.ofHours(1), 8, Duration.ofSeconds(5),
                Duration.ofSeconds(10), false);
    }

    @Test
    void theWaitDoublesAfterEachAttemptUpToItsCap() {
        DeliverySender sender = new DeliverySender(null, null, settings(Duration.ofSeconds(5)));

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 100)).extracting(sender::backoff).containsExactly(Duration.ofSeconds(30),
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16),
                Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void anUnavailableDatabaseDoesNotStopLaterRuns() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        DeliveryRepository unavailable = new DeliveryRepository(null) {
            @Override
            List<Due> due(OffsetDateTime now, int limit) {
                runs.incrementAndGet();
                throw new CannotGetJdbcConnectionException("the database is unavailable");
            }
        };
        DeliverySender sender = new DeliverySender(unavailable, null, settings(Duration.ofMillis(20)));

        sender.start();
        try {
            for (int i = 0; i < 250 && runs.get() < 5; i++) {
                Thread.sleep(20);
            }
        } finally {
            sender.stop();
        }

        assertThat(runs.get()).isGreaterThanOrEqualTo(5);
    }
}
