package dev.fixpoint.server.submissions;

import org.springframework.boot.test.context.SpringBootTest;

/** Persistence on the embedded H2 database, Fixpoint's default. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:persistence;DB_CLOSE_DELAY=-1")
class H2PersistenceTests extends PersistenceContract {
}
