package dev.fixpoint.grading;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundled lab proves itself: its vulnerable code is exploitable, its solution is not, both keep the feature. */
@Tag("sandbox")
class LabVerificationTests {

    private static LabCatalog catalog;
    private static Grader grader;
    private static LabVerifier verifier;

    @BeforeAll
    static void startGrader() {
        catalog = TestGrader.catalog();
        grader = TestGrader.create();
        verifier = new LabVerifier(grader, Installation.detect());
    }

    @AfterAll
    static void stopGrader() {
        grader.close();
    }

    @Test
    void everyBundledLabFolderIsValid() {
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.labs()).hasSizeGreaterThanOrEqualTo(1);
    }

    @TestFactory
    Stream<DynamicTest> everyLabVerifies() {
        return catalog.labs().stream().map(lab -> DynamicTest.dynamicTest(lab.id(), () -> {
            LabVerifier.Verification verification = verifier.verify(lab);
            assertThat(verification.failures()).as("verification of " + lab.id()).isEmpty();
            assertThat(verification.vulnerable().verdict()).isEqualTo(Verdict.VULNERABLE);
            assertThat(verification.solution().verdict()).isEqualTo(Verdict.SECURE);
        }));
    }

    static Lab lab(String id) {
        return catalog.find(id).orElseThrow();
    }
}
