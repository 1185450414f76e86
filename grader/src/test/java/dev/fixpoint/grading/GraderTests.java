package dev.fixpoint.grading;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.Visibility;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One fixture submission per verdict, on the SQL injection lab. */
@Tag("sandbox")
class GraderTests extends SqlLabFixture {


    private static GradeReport grade(String from, String to) {
        String starter = lab.starterFiles().get(REPOSITORY);
        assertThat(starter).contains(from);
        return grader.grade(lab, Map.of(REPOSITORY, starter.replace(from, to)));
    }

    @Test
    void theReferenceSolutionIsSecure() {
        GradeReport report = grader.grade(lab, lab.solutionFiles());

        assertThat(report.verdict()).isEqualTo(Verdict.SECURE);
        assertThat(report.checks()).hasSize(lab.manifest().checks().size()).allMatch(CheckReport::passed);
        assertThat(report.hidden().failed()).isZero();
        assertThat(report.timings().totalMs()).isGreaterThanOrEqualTo(report.timings().compileMs());
    }

    @Test
    void renamingAMethodTheLabsOwnCodeCallsIsACompileErrorInThatFile() {
        // Compiled alone, the editable file is fine; only compiling with the lab's fixed code shows the broken call.
        GradeReport report = grade("public List<Product> search(String query)", "public List<Product> find(String query)");

        assertThat(report.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
        assertThat(report.compileErrors()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("src/shop/ShopService.java");
            assertThat(error.message()).contains("search");
        });
    }

    @Test
    void aFixThatAddsAHelperMethodIsGradedLikeAnyOther() {
        String solution = lab.solutionFiles().get(REPOSITORY);
        int end = solution.lastIndexOf('}');
        String withHelper = solution.substring(0, end) + "\n    public static String normalise(String text) { return text.strip(); }\n}\n";

        GradeReport report = grader.grade(lab, Map.of(REPOSITORY, withHelper));

        assertThat(report.verdict()).as(report.summary()).isEqualTo(Verdict.SECURE);
    }

    @Test
    void theVulnerableCodeIsVulnerableWithTranscriptAndExplanation() {
        GradeReport report = grader.grade(lab, lab.starterFiles());

        assertThat(report.verdict()).isEqualTo(Verdict.VULNERABLE);
        CheckReport visibleExploit = report.checks().stream()
                .filter(check -> check.name().equals("union-select-reads-api-keys")).findFirst().orElseThrow();
        assertThat(visibleExploit.passed()).isFalse();
        assertThat(visibleExploit.explanation()).contains("UNION SELECT");
        assertThat(visibleExploit.transcript()).singleElement().satisfies(exchange -> {
            assertThat(exchange.request().target()).startsWith("/products/search?q=");
            assertThat(exchange.response().status()).isEqualTo(200);
        });
        // Every hidden exploit, and the apostrophe search that the flaw itself breaks (on-starter: fails).
        assertThat(report.hidden().failed()).isEqualTo(6);
    }

    @Test
    void learnersSeeFailedHiddenChecksOnlyAsCountsAndTheirAuthorsClues() {
        GradeReport full = grader.grade(lab, lab.starterFiles());
        GradeReport report = full.forLearner();

        assertThat(report.view()).isEqualTo(GradeReport.View.LEARNER);
        assertThat(report.checks()).allMatch(check -> check.visibility() == Visibility.VISIBLE);
        assertThat(report.checks()).extracting(CheckReport::name).doesNotContain("or-true-lists-unpublished");
        assertThat(report.hidden().failed()).isEqualTo(6);
        assertThat(report.hidden().total()).isEqualTo(lab.manifest().checks(Visibility.HIDDEN).size());
        assertThat(report.hidden().clues()).as("the clue of each failed hidden check, in the author's words")
                .isNotEmpty()
                .isSubsetOf(lab.manifest().checks(Visibility.HIDDEN).stream().map(spec -> spec.clue()).toList());
        assertThat(report.toJson()).as("nothing of a hidden check but its clue")
                .doesNotContain("or-true-lists-unpublished", full.checks().stream().filter(CheckReport::hidden)
                        .map(CheckReport::explanation).filter(java.util.Objects::nonNull).findFirst().orElseThrow());
    }

    @Test
    void printingAFakeVerdictForgesNothing() {
        GradeReport report = grade("List<Product> products = new ArrayList<>();", """
                List<Product> products = new ArrayList<>();
                        System.out.println("{\\"lab\\": \\"sql-injection-search\\", \\"verdict\\": \\"SECURE\\"}");
                        System.out.println("All checks passed. SECURE");""");

        assertThat(report.verdict()).isEqualTo(Verdict.VULNERABLE);
        assertThat(report.output()).contains("All checks passed. SECURE");
    }

    @Test
    void aFixThatDeniesEverySearchIsBroken() {
        GradeReport report = grade("try (Connection connection = DriverManager.getConnection(jdbcUrl);\n             Statement statement",
                "if (query != null) { return new ArrayList<>(); }\n        try (Connection connection = DriverManager.getConnection(jdbcUrl);\n             Statement statement");

        assertThat(report.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(report.checks()).filteredOn(check -> check.kind() == CheckKind.EXPLOIT).allMatch(CheckReport::passed);
        assertThat(report.summary()).contains("functional check");
    }

    @Test
    void aBlockListFixIsStillVulnerableThroughHiddenVariants() {
        GradeReport report = grade("String sql = ", "if (query.toLowerCase().contains(\"union\") || query.contains(\"--\")) { return List.of(); }\n        String sql = ");

        assertThat(report.verdict()).isEqualTo(Verdict.VULNERABLE);
        assertThat(report.forLearner().checks()).filteredOn(check -> check.kind() == CheckKind.EXPLOIT).allMatch(CheckReport::passed);
        // The OR variant without a comment, the subquery, the bare condition of random literals, and the apostrophe search
        // that the concatenated query still breaks.
        assertThat(report.hidden().failed()).isEqualTo(4);
    }

    @Test
    void codeThatDoesNotCompileGetsErrorsWithFileLineAndColumn() {
        GradeReport report = grade("List<Product> products = new ArrayList<>();", "List<Product> products = new ArrayList<>()");

        assertThat(report.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
        assertThat(report.compileErrors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(REPOSITORY);
            assertThat(error.line()).isEqualTo(29);
            assertThat(error.column()).isGreaterThan(1);
            assertThat(error.message()).contains("';' expected");
        });
        assertThat(report.checks()).isEmpty();
    }

    @Test
    void codeThatCallsSystemExitIsRejectedNamingTheCallAndLine() {
        GradeReport report = grade("List<Product> products = new ArrayList<>();", "List<Product> products = new ArrayList<>(); System.exit(0);");

        assertThat(report.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(report.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.file()).isEqualTo(REPOSITORY);
            assertThat(violation.line()).isEqualTo(29);
            assertThat(violation.member()).isEqualTo("java.lang.System.exit");
        });
        assertThat(report.summary()).contains("ProductRepository.java:29", "System.exit");
    }

    @Test
    void aServiceThatNeverStartsTimesOut() {
        GradeReport report = grade("this.jdbcUrl = jdbcUrl;", "this.jdbcUrl = jdbcUrl; while (jdbcUrl != null) { Math.sqrt(2); }");

        assertThat(report.verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(report.timings().runMs()).isLessThan(lab.manifest().limits().wallSeconds() * 1000L + 3000);
    }

    @Test
    void aServiceThatHangsOnRequestsTimesOut() {
        GradeReport report = grade("List<Product> products = new ArrayList<>();",
                "List<Product> products = new ArrayList<>(); while (query != null) { Math.sqrt(2); }");

        assertThat(report.verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(report.summary()).contains("did not answer");
        assertThat(report.timings().runMs()).isLessThan(lab.manifest().limits().wallSeconds() * 1000L + 3000);
    }

    @Test
    void aServiceThatThrowsWhileStartingCrashesWithTheLearnersFrame() {
        GradeReport report = grade("this.jdbcUrl = jdbcUrl;", "this.jdbcUrl = jdbcUrl; if (jdbcUrl != null) throw new IllegalStateException(\"boom\");");

        assertThat(report.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(report.summary()).contains("IllegalStateException: boom", "shop.ProductRepository.<init>(ProductRepository.java:19)");
    }

    @Test
    void filesThatAreNotTheLabsEditableFilesAreRefused() {
        Map<String, String> files = new TreeMap<>(lab.starterFiles());
        files.put("src/shop/ShopService.java", "class X {}");

        assertThatThrownBy(() -> grader.grade(lab, files)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'src/shop/ShopService.java' is not an editable file");
        assertThatThrownBy(() -> grader.grade(lab, Map.of())).hasMessageContaining("'" + REPOSITORY + "' is missing");
    }

    @Test
    void theGraderKeepsWorkingAfterEachFailure() {
        grade("this.jdbcUrl = jdbcUrl;", "this.jdbcUrl = jdbcUrl; if (jdbcUrl != null) throw new IllegalStateException(\"boom\");");

        assertThat(grader.grade(lab, lab.solutionFiles()).verdict()).isEqualTo(Verdict.SECURE);
    }

    @Test
    void preparingALabCompilesItsFixedCodeAndChecksWithoutOpeningIt() throws InterruptedException {
        try (Grader fresh = TestGrader.create()) {
            assertThat(fresh.prepared(lab)).isFalse();

            fresh.prepare(java.util.List.of(lab));

            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (!fresh.prepared(lab) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(fresh.prepared(lab)).isTrue();
            assertThat(fresh.grade(lab, lab.solutionFiles()).verdict()).isEqualTo(Verdict.SECURE);
        }
    }

    @Test
    void aSequenceOfTrustedRunsInOneWorkerGradesEachAsAFreshWorkerWould() throws InterruptedException {
        int started = workersStartedOnceThePoolIsFull();

        java.util.List<GradeReport> reports = grader.gradeInSequence(lab,
                java.util.List.of(lab.starterFiles(), lab.solutionFiles(), lab.starterFiles()));

        assertThat(reports).extracting(GradeReport::verdict).containsExactly(Verdict.VULNERABLE, Verdict.SECURE, Verdict.VULNERABLE);
        assertThat(reports.get(1).checks()).hasSize(lab.manifest().checks().size()).allMatch(CheckReport::passed);
        // One worker for the visible checks and one for the hidden served all three runs; fresh workers would have been six.
        assertThat(grader.sandbox().recentWorkerStartsMillis().size() - started).isEqualTo(2);
    }

    @Test
    void pooledWorkersThatRehearsedTheLabGradeAsFreshWorkersWould() throws InterruptedException {
        try (Grader pooled = TestGrader.rehearsing()) {
            assertThat(pooled.awaitWarm(lab, java.time.Duration.ofMinutes(2))).isTrue();
            GradeReport solution = pooled.grade(lab, lab.solutionFiles());
            assertThat(pooled.awaitWarm(lab, java.time.Duration.ofMinutes(2))).isTrue();
            GradeReport starter = pooled.grade(lab, lab.starterFiles());

            assertThat(pooled.sandbox().recentWorkersRehearsed()).as("the visible and hidden checks' workers of both gradings")
                    .endsWith(true, true, true, true);
            assertThat(solution.verdict()).as(solution.summary()).isEqualTo(Verdict.SECURE);
            assertThat(solution.checks()).hasSize(lab.manifest().checks().size()).allMatch(CheckReport::passed);
            assertThat(starter.verdict()).isEqualTo(Verdict.VULNERABLE);
        }
    }

    /** Workers started so far, once no more start: the pool refills after every grading, and a sequence takes none from it. */
    private static int workersStartedOnceThePoolIsFull() throws InterruptedException {
        int started = grader.sandbox().recentWorkerStartsMillis().size();
        for (int quiet = 0; quiet < 30; quiet++) {
            Thread.sleep(100);
            int now = grader.sandbox().recentWorkerStartsMillis().size();
            if (now != started) {
                started = now;
                quiet = 0;
            }
        }
        return started;
    }
}
