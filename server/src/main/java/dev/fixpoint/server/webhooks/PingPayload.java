package dev.fixpoint.server.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * The JSON body of a test ping, which an administrator sends to check that a receiver gets and verifies deliveries.
 *
 * @param webhook the webhook pinged and the events it is subscribed to (not its URL, which may carry a credential)
 */
record PingPayload(String id, String event, Instant createdAt, Hook webhook) {

    static final String EVENT = "ping";

    record Hook(long id, List<String> events) {
    }

    static PingPayload of(String deliveryId, Instant createdAt, Webhook webhook) {
        return new PingPayload(deliveryId, EVENT, createdAt, new Hook(webhook.id(), webhook.events()));
    }
}
