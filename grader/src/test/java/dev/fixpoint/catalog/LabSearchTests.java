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

    /** The bundled labs tagged with {@code cwe}: what a search for it must find, however many labs the catalogue grows to. */
    private static List<String> taggedWith(int cwe) {
        return LABS.stream().filter(lab -> lab.cwe().contains(cwe)).map(LabManifest::id).toList();
    }

    @Test
    void aCweIdFindsItsLabWithOrWithoutThePrefix() {
        assertThat(found("CWE-89")).containsExactlyInAnyOrderElementsOf(taggedWith(89)).contains("sql-injection-search");
        assertThat(found("89")).containsExactlyInAnyOrderElementsOf(taggedWith(89));
        assertThat(found("cwe 918")).containsExactlyInAnyOrderElementsOf(taggedWith(918)).contains("ssrf-link-preview");
    }

    @Test
    void aParentWeaknessFindsTheLabsOfItsChildren() {
        // CWE-74 (injection) is the parent of SQL injection and cross-site scripting in the research view.
        assertThat(found("CWE-74")).contains("sql-injection-search", "stored-xss-comments").doesNotContain("idor-invoices");
    }

    @Test
    void commonNamesFindTheirWeakness() {
        assertThat(found("sqli")).containsExactlyInAnyOrderElementsOf(taggedWith(89)).contains("sql-injection-search");
        assertThat(found("XSS")).containsExactlyInAnyOrderElementsOf(taggedWith(79)).contains("stored-xss-comments");
        assertThat(found("ssrf")).containsExactlyInAnyOrderElementsOf(taggedWith(918)).contains("ssrf-link-preview");
        assertThat(found("xxe")).containsExactlyInAnyOrderElementsOf(taggedWith(611)).contains("xxe-xml-import");
        assertThat(found("path traversal")).containsExactlyInAnyOrderElementsOf(taggedWith(22)).contains("path-traversal-download");
        assertThat(found("idor")).containsExactlyInAnyOrderElementsOf(taggedWith(639)).contains("idor-invoices", "spring-bola-repository");
        assertThat(found("jwt")).contains("jwt-verification").doesNotContain("sql-injection-search");
    }

    @Test
    void anOwaspCategoryFindsItsLabsByTitleOrCode() {
        assertThat(found("access control")).contains("idor-invoices", "path-traversal-download").doesNotContain("sql-injection-search");
        assertThat(found("A03:2021")).containsExactlyInAnyOrderElementsOf(LABS.stream().filter(lab -> lab.owasp2021().contains("A03")).map(LabManifest::id).toList())
                .contains("sql-injection-search", "stored-xss-comments", "spring-spel-injection");
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
