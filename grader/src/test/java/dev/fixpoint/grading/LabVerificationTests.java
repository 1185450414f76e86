package dev.fixpoint.grading;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import dev.fixpoint.catalog.LabFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        java.util.List<Lab> labs = catalog.labs();
        java.util.List<java.util.concurrent.CompletableFuture<LabVerifier.Verification>> verifications = verifier.verifyAll(labs);
        return java.util.stream.IntStream.range(0, labs.size()).mapToObj(i -> DynamicTest.dynamicTest(labs.get(i).id(), () -> {
            Lab lab = labs.get(i);
            LabVerifier.Verification verification = verifications.get(i).join();
            assertThat(verification.failures()).as("verification of " + lab.id()).isEmpty();
            assertThat(verification.vulnerable().verdict()).isEqualTo(Verdict.VULNERABLE);
            assertThat(verification.solution().verdict()).isEqualTo(Verdict.SECURE);
        }));
    }

    @Test
    void aTemptingFixThatTheChecksLetPassFailsVerificationSayingWhy(@TempDir Path labs) throws IOException {
        Lab bundled = lab("sql-injection-search");
        LabFolders.copy(bundled.dir(), labs.resolve(bundled.id()));
        // The reference fix declared as a tempting one: the checks rightly call it SECURE, so the case is what is wrong.
        Path wrong = labs.resolve(bundled.id()).resolve("tempting/keyword-block-list");
        Files.copy(bundled.dir().resolve("solution/src/shop/ProductRepository.java"), wrong.resolve("src/shop/ProductRepository.java"),
                StandardCopyOption.REPLACE_EXISTING);
        Lab copied = LabCatalog.load(labs).find(bundled.id()).orElseThrow();

        LabVerifier.Verification verification = verifier.verify(copied);

        assertThat(verification.passed()).isFalse();
        assertThat(verification.failures()).anyMatch(failure -> failure.startsWith(
                "sql-injection-search: tempting/keyword-block-list: expected VULNERABLE, got SECURE"));
        assertThat(verification.failures()).contains(
                "sql-injection-search: tempting/keyword-block-list: check 'mixed-case-union-with-block-comment' must catch it, and does not");
        assertThat(verification.cases()).filteredOn(LabVerifier.CaseResult::asExpected).extracting(result -> result.fixCase().path())
                .containsExactly("tempting/quotes-stripped", "alternatives/pattern-built-in-sql");
    }

    static Lab lab(String id) {
        return catalog.find(id).orElseThrow();
    }
}
