package dev.fixpoint.catalog;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner finds the bundled labs by CWE id, by the common names of weaknesses and by OWASP categories. */
class LabSearchTests {

    private static final List<LabManifest> LABS = LabCatalog.load(Path.of(System.getProperty("fixpoint.labs", "../labs")))
            .labs().stream().map(Lab::manifest).toList();

    private static List<String> found(String query) {
        return LabSearch.bundled().search(LABS, query).stream().map(LabManifest::id).toList();
    }

    @Test
    void aCweIdFindsItsLabWithOrWithoutThePrefix() {
        assertThat(found("CWE-89")).containsExactly("sql-injection-search");
        assertThat(found("89")).containsExactly("sql-injection-search");
        assertThat(found("cwe 918")).containsExactly("ssrf-link-preview");
    }

    @Test
    void aParentWeaknessFindsTheLabsOfItsChildren() {
        // CWE-74 (injection) is the parent of SQL injection and cross-site scripting in the research view.
        assertThat(found("CWE-74")).contains("sql-injection-search", "stored-xss-comments").doesNotContain("idor-invoices");
    }

    @Test
    void commonNamesFindTheirWeakness() {
        assertThat(found("sqli")).containsExactly("sql-injection-search");
        assertThat(found("XSS")).containsExactly("stored-xss-comments");
        assertThat(found("ssrf")).containsExactly("ssrf-link-preview");
        assertThat(found("xxe")).containsExactly("xxe-xml-import");
        assertThat(found("path traversal")).containsExactly("path-traversal-download");
        assertThat(found("idor")).containsExactlyInAnyOrder("idor-invoices", "spring-bola-repository");
        assertThat(found("jwt")).containsExactly("jwt-verification");
    }

    @Test
    void anOwaspCategoryFindsItsLabsByTitleOrCode() {
        assertThat(found("access control")).contains("idor-invoices", "path-traversal-download").doesNotContain("sql-injection-search");
        assertThat(found("A03:2021")).containsExactlyInAnyOrder("sql-injection-search", "stored-xss-comments", "spring-spel-injection");
        assertThat(found("injection")).contains("sql-injection-search", "stored-xss-comments").doesNotContain("idor-invoices");
    }

    @Test
    void wordsOutOfOrderStillFindALabWhenNoPhraseDoes() {
        assertThat(found("search product")).containsExactly("sql-injection-search");
        assertThat(found("nothing like this at all")).isEmpty();
        assertThat(found("  ")).hasSize(LABS.size());
    }

    @Test
    void owaspTitlesComeWithTheirEdition() {
        assertThat(LabSearch.bundled().owaspTitle("A03:2021")).contains("Injection");
        assertThat(LabSearch.bundled().owaspTitle("A05:2025")).contains("Injection");
        assertThat(LabSearch.bundled().owaspTitle("API1:2023")).contains("Broken Object Level Authorization");
        assertThat(LabSearch.bundled().owaspTitle("A99:2021")).isEmpty();
    }
}
