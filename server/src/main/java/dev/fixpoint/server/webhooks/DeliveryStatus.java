package dev.fixpoint.server.webhooks;

/** Where a delivery stands: waiting for its next attempt, answered with a 2xx, or given up after the last attempt. */
enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
