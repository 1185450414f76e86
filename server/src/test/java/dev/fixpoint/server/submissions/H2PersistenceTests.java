package dev.fixpoint.server.submissions;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/** Persistence on the embedded H2 database, Fixpoint's default. */
// Rows stand for submissions in every state; no sweep of the grading queue may grade them under the tests.
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:persistence;DB_CLOSE_DELAY=-1", "fixpoint.grading.sweep-interval=1h"})
@Tag("sandbox")
class H2PersistenceTests extends PersistenceContract {
}
