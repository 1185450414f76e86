package dev.fixpoint.server.webhooks;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Webhook deliveries on a real PostgreSQL, which .ci/run starts (PostgreSQL 15) and names in FIXPOINT_TEST_POSTGRES_URL,
 * FIXPOINT_TEST_POSTGRES_USER and FIXPOINT_TEST_POSTGRES_PASSWORD.
 */
@EnabledIfEnvironmentVariable(named = "FIXPOINT_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
@SpringBootTest(properties = {
        "spring.datasource.url=${FIXPOINT_TEST_POSTGRES_URL}",
        "spring.datasource.username=${FIXPOINT_TEST_POSTGRES_USER}",
        "spring.datasource.password=${FIXPOINT_TEST_POSTGRES_PASSWORD}"})
@Tag("sandbox")
class WebhookDeliveryOnPostgresTests extends WebhookDeliveryContract {
}
