package dev.fixpoint.server;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The server most tests share: one application context (one embedded database, one grader and its sandbox workers),
 * started once for every class that carries this annotation, serving a real port and MockMvc alike. Classes that share
 * it create their own people under names no other class uses (or random ones), and assert nothing about the whole
 * installation. It grades in sandbox workers (the server proves its isolation when it starts), so it is tagged
 * {@code sandbox} and left out of the fast lane. A test that needs an empty database, other settings or a broken sandbox declares its own server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("sandbox")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:shared;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1"})
@AutoConfigureMockMvc
public @interface ServerTest {
}
