package dev.fixpoint.server.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The waits between attempts with the default settings: 30 s, doubling, at most an hour. */
class WebhookBackoffTests {

    @Test
    void theWaitDoublesAfterEachAttemptUpToItsCap() {
        DeliverySender sender = new DeliverySender(null, null, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofHours(1), 8);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 100)).extracting(sender::backoff).containsExactly(Duration.ofSeconds(30),
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16),
                Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }
}
