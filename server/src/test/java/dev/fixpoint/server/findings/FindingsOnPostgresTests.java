package dev.fixpoint.server.findings;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The findings API on the real PostgreSQL that .ci/run starts and names in FIXPOINT_TEST_POSTGRES_*. */
@EnabledIfEnvironmentVariable(named = "FIXPOINT_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
@SpringBootTest(properties = {
        "spring.datasource.url=${FIXPOINT_TEST_POSTGRES_URL}",
        "spring.datasource.username=${FIXPOINT_TEST_POSTGRES_USER}",
        "spring.datasource.password=${FIXPOINT_TEST_POSTGRES_PASSWORD}",
        "fixpoint.grading.concurrency=1", "fixpoint.grading.sweep-interval=1h",
        "fixpoint.findings.max-results=1000", "fixpoint.findings.max-depth=40",
        "fixpoint.findings.max-request-size=4MB"})
@AutoConfigureMockMvc
@Tag("sandbox")
class FindingsOnPostgresTests extends FindingsApiTests {
}
