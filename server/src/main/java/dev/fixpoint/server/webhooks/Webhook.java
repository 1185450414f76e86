package dev.fixpoint.server.webhooks;

import java.time.OffsetDateTime;
import java.util.List;

/** A registered receiver as administrators see it: never its secret, which is shown once at registration. */
record Webhook(long id, String url, List<String> events, boolean active, OffsetDateTime createdAt) {

    boolean subscribesTo(String event) {
        return events.contains(event);
    }
}
