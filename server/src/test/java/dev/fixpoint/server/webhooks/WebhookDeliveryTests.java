package dev.fixpoint.server.webhooks;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/** Webhook deliveries on the embedded H2 database, Fixpoint's default. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:webhooks;DB_CLOSE_DELAY=-1")
@Tag("sandbox")
class WebhookDeliveryTests extends WebhookDeliveryContract {
}
