package dev.fixpoint.findings;

import dev.fixpoint.catalog.CweCatalog;
import dev.fixpoint.catalog.LabCatalog;
import dev.fixpoint.findings.Finding.BaselineState;
import dev.fixpoint.findings.Finding.CweSource;
import dev.fixpoint.findings.Finding.Level;
import dev.fixpoint.findings.Recommendations.Gap;
import dev.fixpoint.findings.Recommendations.LabRef;
import dev.fixpoint.findings.Recommendations.Recommendation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationsTests {

    /** Four of the bundled labs, fixed: what these tests expect must not change each time the catalogue grows. */
    private static final LabCatalog LABS = subset("sql-injection-search", "stored-xss-comments", "path-traversal-download", "idor-invoices");
    private static final LabRef SQL_LAB = new LabRef("sql-injection-search", "SQL injection in a product search");

    private static LabCatalog subset(String... ids) {
        Path bundled = Path.of(System.getProperty("fixpoint.labs", "../labs"));
        try {
            Path labs = java.nio.file.Files.createTempDirectory("recommendation-labs");
            for (String id : ids) {
                dev.fixpoint.catalog.LabFolders.copy(bundled.resolve(id), labs.resolve(id));
            }
            return LabCatalog.load(labs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Finding finding(String ruleId, Integer... cwes) {
        return new Finding("scanner", ruleId, ruleId, "found " + ruleId, Arrays.asList(cwes),
                cwes.length == 0 ? CweSource.NONE : CweSource.FILE, new Finding.Location("src/App.java", "src/App.java", 12),
                Level.ERROR, OptionalDouble.empty(), Map.of(), BaselineState.NOT_COMPARED);
    }

    private static Recommendations recommend(Finding... findings) {
        return Recommendations.of(List.of(findings), LABS, CweCatalog.bundled());
    }

    @Test
    void aSqlInjectionFindingLeadsToTheSqlInjectionLab() {
        Finding sqli = finding("java/sql-injection", 89);

        Recommendation recommendation = recommend(sqli).recommendations().getFirst();

        assertThat(recommendation.cwe()).isEqualTo(89);
        assertThat(recommendation.labs()).containsExactly(SQL_LAB);
        assertThat(recommendation.title()).contains("SQL Injection");
        assertThat(recommendation.reason()).startsWith("CWE-89 (").endsWith("is what this lab trains");
        assertThat(recommendation.findings()).containsExactly(sqli);
    }

    @Test
    void aHibernateInjectionFindingLeadsToTheSqlInjectionLabThroughTheCweHierarchy() {
        Recommendations result = recommend(finding("hibernate-query", 564));

        Recommendation recommendation = result.recommendations().getFirst();
        assertThat(recommendation.cwe()).isEqualTo(564);
        assertThat(recommendation.trained()).isEqualTo(89);
        assertThat(recommendation.labs()).containsExactly(SQL_LAB);
        assertThat(recommendation.reason())
                .isEqualTo("CWE-564 (SQL Injection: Hibernate) is a kind of CWE-89, which this lab trains");
        assertThat(result.gaps()).isEmpty();
    }

    @Test
    void findingsThatNoLabTrainsOrThatNameNoCweAreGaps() {
        Finding deserialization = finding("unsafe-deserialization", 502);
        Finding noCwe = finding("some-lint-rule");

        Recommendations result = recommend(deserialization, noCwe, finding("java/sql-injection", 89));

        assertThat(result.recommendations()).extracting(Recommendation::cwe).containsExactly(89);
        assertThat(result.gaps()).extracting(Gap::cwe).containsExactly(OptionalInt.of(502), OptionalInt.empty());
        Gap cwe502 = result.gaps().get(0);
        assertThat(cwe502.findings()).containsExactly(deserialization);
        assertThat(cwe502.title()).isEqualTo("Deserialization of Untrusted Data");
        assertThat(cwe502.reason()).startsWith("no lab trains CWE-502 or its parents CWE-913");
        assertThat(result.gaps().get(1).findings()).containsExactly(noCwe);
    }

    @Test
    void aFindingCoveredByOneOfItsCwesIsNotAlsoAGap() {
        Recommendations result = recommend(finding("xss", 79, 116));

        assertThat(result.recommendations()).extracting(Recommendation::cwe).containsExactly(79);
        assertThat(result.recommendations().getFirst().labs()).extracting(LabRef::id).containsExactly("stored-xss-comments");
        assertThat(result.gaps()).isEmpty();
    }

    @Test
    void aCweMissingFromTheCweListIsAGapThatSaysSo() {
        Gap gap = recommend(finding("odd", 99999)).gaps().getFirst();

        assertThat(gap.title()).isEqualTo("unknown CWE");
        assertThat(gap.reason()).contains("not a weakness in the bundled CWE 4.20 list");
    }

    @Test
    void groupsWithMoreFindingsComeFirst() {
        Recommendations result = recommend(finding("a", 22), finding("b", 89), finding("c", 89), finding("d", 23));

        assertThat(result.recommendations()).extracting(Recommendation::cwe).containsExactly(89, 22, 23);
        assertThat(result.recommendations().get(2).labs()).extracting(LabRef::id).containsExactly("path-traversal-download");
    }
}
