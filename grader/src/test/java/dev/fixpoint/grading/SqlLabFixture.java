package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests that grade variants of the SQL injection lab's editable file share one warm grader per test class.
 * Test classes run one after another, so the static grader is never shared between two at once.
 */
abstract class SqlLabFixture {

    static final String REPOSITORY = "src/shop/ProductRepository.java";
    static Grader grader;
    static Lab lab;

    @BeforeAll
    static void startGrader() {
        grader = TestGrader.create();
        lab = TestGrader.catalog().find("sql-injection-search").orElseThrow();
        grader.warm(lab);
    }

    @AfterAll
    static void stopGrader() {
        grader.close();
    }
}
