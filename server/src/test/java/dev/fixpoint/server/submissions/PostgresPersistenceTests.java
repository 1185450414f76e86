package dev.fixpoint.server.submissions;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Persistence on a real PostgreSQL, which .ci/run starts (PostgreSQL 15) and names in FIXPOINT_TEST_POSTGRES_URL,
 * FIXPOINT_TEST_POSTGRES_USER and FIXPOINT_TEST_POSTGRES_PASSWORD.
 */
@EnabledIfEnvironmentVariable(named = "FIXPOINT_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
@SpringBootTest(properties = {
        "spring.datasource.url=${FIXPOINT_TEST_POSTGRES_URL}",
        "spring.datasource.username=${FIXPOINT_TEST_POSTGRES_USER}",
        "spring.datasource.password=${FIXPOINT_TEST_POSTGRES_PASSWORD}",
        // Rows stand for submissions in every state; no sweep of the grading queue may grade them under the tests.
        "fixpoint.grading.sweep-interval=1h"})
@Tag("sandbox")
class PostgresPersistenceTests extends PersistenceContract {
}
