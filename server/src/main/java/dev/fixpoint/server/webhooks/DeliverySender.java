package dev.fixpoint.server.webhooks;

import jakarta.annotation.PreDestroy;
import org.springframework.dao.DataAccessException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due deliveries, one at a time on one thread: right after a transaction that queued deliveries commits, when
 * a retry falls due, and periodically for what a stopped server left pending or a database outage held up. A failed
 * attempt is retried after a delay that doubles each time, up to a cap, until the last allowed attempt, which leaves
 * the delivery FAILED. Delivery is at least once: a delivery whose outcome could not be stored is sent again.
 */
@Component
class DeliverySender {

    /** Published when deliveries were queued; the sender looks for them once the publishing transaction commits. */
    record Queued() {
    }

    private static final System.Logger LOG = System.getLogger(DeliverySender.class.getName());
    private static final int BATCH = 20;

    private final DeliveryRepository deliveries;
    private final WebhookClient client;
    private final Duration pollInterval;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final int maxAttempts;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("webhook-sender").factory());
    private final AtomicBoolean kicked = new AtomicBoolean();
    /** Whether the latest run failed, so that a failure lasting many runs (a database outage) is logged once. */
    private volatile boolean failing;

    DeliverySender(DeliveryRepository deliveries, WebhookClient client, WebhookProperties settings) {
        this.deliveries = deliveries;
        this.client = client;
        this.pollInterval = settings.pollInterval();
        this.initialBackoff = settings.initialBackoff();
        this.maxBackoff = settings.maxBackoff();
        this.maxAttempts = settings.maxAttempts();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        thread.scheduleWithFixedDelay(this::run, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs as soon as the deliveries are committed (or at once outside a transaction), not at the next poll. */
    @TransactionalEventListener(fallbackExecution = true)
    void queued(Queued queued) {
        kick();
    }

    /** Looks for due deliveries now; kicks that arrive before that run starts share it. */
    void kick() {
        if (kicked.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    kicked.set(false);
                    run();
                });
            } catch (RejectedExecutionException e) {
                // The server is stopping; pending deliveries stay in the database and go out after it starts again.
            }
        }
    }

    private void run() {
        try {
            if (sendDue() == BATCH) {
                kick();
            }
            if (failing) {
                failing = false;
                LOG.log(System.Logger.Level.INFO, "Webhook deliveries are being sent again.");
            }
        } catch (RuntimeException e) {
            // A run that threw would cancel all later ones; this one is logged (once while it keeps failing) and the next one tries again.
            if (!failing) {
                failing = true;
                String message = "Webhook deliveries cannot be sent or recorded (" + e.getMessage() + "); they are tried again every "
                        + readable(pollInterval) + ". Further failures are not logged until it works.";
                // A database that is unavailable says all there is to say in its message; anything else gets its stack trace.
                if (e instanceof DataAccessException) {
                    LOG.log(System.Logger.Level.WARNING, message);
                } else {
                    LOG.log(System.Logger.Level.WARNING, message, e);
                }
            }
        }
    }

    /** Makes one attempt at each of a batch of due deliveries; returns how many were due. */
    private int sendDue() {
        List<DeliveryRepository.Due> due = deliveries.due(OffsetDateTime.now(), BATCH);
        for (DeliveryRepository.Due delivery : due) {
            try {
                attempt(delivery);
            } catch (InterruptedException e) {
                // The server is stopping: the delivery stays pending and is attempted again after it starts.
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        return due.size();
    }

    private void attempt(DeliveryRepository.Due delivery) throws InterruptedException {
        Delivery.Attempt attempt = client.send(delivery, delivery.attempts() + 1);
        if (attempt.httpStatus() != null && attempt.httpStatus() / 100 == 2) {
            deliveries.record(delivery.id(), attempt, DeliveryStatus.DELIVERED, null);
        } else if (attempt.number() >= maxAttempts) {
            deliveries.record(delivery.id(), attempt, DeliveryStatus.FAILED, null);
            logFailure(delivery, attempt, "giving up; an administrator can retry it under Admin → Webhooks");
        } else {
            Duration wait = backoff(attempt.number());
            deliveries.record(delivery.id(), attempt, DeliveryStatus.PENDING, attempt.at().plus(wait));
            logFailure(delivery, attempt, "trying again in " + readable(wait));
            kickAfter(wait);
        }
    }

    /** Sends a retry on time rather than at the next poll; it goes out with whichever run comes first. */
    private void kickAfter(Duration wait) {
        try {
            thread.schedule(this::kick, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The server is stopping; the retry goes out after it starts again.
        }
    }

    /** The wait after failed attempt {@code number}: the initial back-off, doubled for each attempt before it, at most the cap. */
    Duration backoff(int number) {
        Duration wait = initialBackoff;
        for (int i = 1; i < number && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) < 0 ? wait : maxBackoff;
    }

    /** Names the receiver by its host alone: a URL's path or query may carry a credential, and the secret and signature are never logged. */
    private void logFailure(DeliveryRepository.Due delivery, Delivery.Attempt attempt, String next) {
        LOG.log(System.Logger.Level.WARNING, "Webhook " + delivery + " at " + URI.create(delivery.url()).getHost() + ": attempt "
                + attempt.number() + " of " + maxAttempts + " failed (" + attempt.outcome() + "); " + next + ".");
    }

    private static String readable(Duration duration) {
        return duration.toString().substring(2).toLowerCase();
    }

    /** Stops when the server stops, so that no run reports the closed database as a failure. */
    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
