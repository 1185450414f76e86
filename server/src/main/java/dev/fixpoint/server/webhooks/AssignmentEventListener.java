package dev.fixpoint.server.webhooks;

import dev.fixpoint.server.assignments.AssignmentEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Queues a delivery of each assignment event for every active webhook subscribed to it. It runs inside the
 * transaction that changed the assignment, so a change that is rolled back sends nothing; the sender posts the
 * deliveries once that transaction commits.
 */
@Component
class AssignmentEventListener {

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final JsonMapper json;
    private final ApplicationEventPublisher publisher;

    AssignmentEventListener(WebhookRepository webhooks, DeliveryRepository deliveries, JsonMapper json, ApplicationEventPublisher publisher) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.json = json;
        this.publisher = publisher;
    }

    @EventListener
    void on(AssignmentEvent event) {
        String name = event.type().wireName();
        List<Webhook> subscribed = webhooks.subscribedTo(name);
        if (subscribed.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (Webhook webhook : subscribed) {
            String id = UUID.randomUUID().toString();
            deliveries.insert(id, webhook.id(), name, json.writeValueAsString(EventPayload.of(id, now, event)), now);
        }
        publisher.publishEvent(new DeliverySender.Queued());
    }
}
