package dev.fixpoint.server.webhooks;

import java.time.OffsetDateTime;
import java.util.List;

/** One event for one webhook in the delivery log, with every attempt to deliver it, oldest first. */
record Delivery(String id, long webhookId, String event, DeliveryStatus status, int attemptCount, OffsetDateTime nextAttemptAt,
                OffsetDateTime createdAt, OffsetDateTime deliveredAt, List<Attempt> attempts) {

    /**
     * One POST to the receiver.
     *
     * @param httpStatus the receiver's answer, or {@code null} when there was none (the error says why)
     */
    record Attempt(int number, OffsetDateTime at, Integer httpStatus, String error, long durationMs) {

        /** What the receiver answered, or what went wrong, in a few words (public for the page's templates). */
        public String outcome() {
            return httpStatus != null ? "HTTP " + httpStatus : error;
        }
    }

    Delivery withAttempts(List<Attempt> attempts) {
        return new Delivery(id, webhookId, event, status, attemptCount, nextAttemptAt, createdAt, deliveredAt, attempts);
    }

    /** The latest attempt, or {@code null} before the first (public for the page's templates). */
    public Attempt lastAttempt() {
        return attempts.isEmpty() ? null : attempts.getLast();
    }
}
