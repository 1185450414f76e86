package dev.fixpoint.catalog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Manifests are strict: every problem names the file and the field, and one bad lab hides no good one. */
class LabCatalogTests {

    @TempDir
    Path root;
    private Path bundled;

    @BeforeEach
    void copyTheExampleLab() throws IOException {
        bundled = Path.of(System.getProperty("fixpoint.labs", "../labs")).resolve("sql-injection-search");
        copy(bundled, root.resolve("sql-injection-search"));
    }

    private void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private Path manifest() {
        return root.resolve("sql-injection-search/lab.yaml");
    }

    private LabCatalog withManifest(String from, String to) throws IOException {
        String text = Files.readString(manifest());
        assertThat(text).contains(from);
        Files.writeString(manifest(), text.replace(from, to));
        return LabCatalog.load(root);
    }

    @Test
    void theExampleLabLoadsWithEveryField() {
        Lab lab = LabCatalog.load(root).find("sql-injection-search").orElseThrow();

        LabManifest manifest = lab.manifest();
        assertThat(manifest.title()).isEqualTo("SQL injection in a product search");
        assertThat(manifest.cwe()).containsExactly(89);
        assertThat(manifest.owasp2021()).containsExactly("A03");
        assertThat(manifest.services()).singleElement().extracting(LabManifest.ServiceSpec::exposure).isEqualTo(LabManifest.Exposure.PUBLIC);
        assertThat(manifest.checks(LabManifest.Visibility.HIDDEN)).hasSize(6);
        assertThat(manifest.limits()).isEqualTo(LabManifest.Limits.DEFAULT);
        assertThat(lab.starterFiles()).containsOnlyKeys("src/shop/ProductRepository.java");
        assertThat(lab.solutionFiles().get("src/shop/ProductRepository.java")).contains("PreparedStatement statement");
    }

    @Test
    void aWrongEnumValueNamesFileFieldAndChoices() throws IOException {
        LabCatalog catalog = withManifest("kind: functional", "kind: functionl");

        assertThat(catalog.labs()).isEmpty();
        assertThat(catalog.problems()).contains(
                "labs/sql-injection-search/lab.yaml: checks[6].kind: must be one of exploit, functional, got 'functionl'");
    }

    @Test
    void unknownFieldsAreErrorsSoTyposDoNotPassSilently() throws IOException {
        assertThat(withManifest("minutes: 15", "minutes: 15\nminute: 15").problems())
                .contains("labs/sql-injection-search/lab.yaml: minute: is not a field of this schema");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() throws IOException {
        assertThat(withManifest("title: SQL injection in a product search\n", "").problems())
                .contains("labs/sql-injection-search/lab.yaml: title: is required");
    }

    @Test
    void outOfRangeNumbersAndUnknownTaxonomiesAreRefused() throws IOException {
        Files.writeString(manifest(), Files.readString(manifest())
                .replace("difficulty: 1", "difficulty: 7").replace("cwe: [89]", "cwe: [89, 99999]").replace("top10-2021: [A03]", "top10-2021: [A11]"));

        assertThat(LabCatalog.load(root).problems()).contains(
                "labs/sql-injection-search/lab.yaml: difficulty: must be between 1 and 5, got 7",
                "labs/sql-injection-search/lab.yaml: cwe: CWE-99999 is not a weakness in CWE 4.20",
                "labs/sql-injection-search/lab.yaml: owasp.top10-2021: 'A11' is not a category of the OWASP Top 10 2021 (A01 to A10)");
    }

    @Test
    void anUnsupportedSchemaVersionIsRefused() throws IOException {
        assertThat(withManifest("schema: 1", "schema: 2").problems())
                .contains("labs/sql-injection-search/lab.yaml: schema: version 2 is not supported (this Fixpoint reads version 1)");
    }

    @Test
    void invalidYamlIsReportedForTheFile() throws IOException {
        assertThat(withManifest("hints:", "hints: [unclosed").problems()).singleElement().asString()
                .startsWith("labs/sql-injection-search/lab.yaml: is not valid YAML");
    }

    @Test
    void aLabNeedsVisibleAndHiddenExploitsAndAFunctionalCheck() throws IOException {
        Files.writeString(manifest(), Files.readString(manifest()).replace("visibility: hidden", "visibility: visible"));

        assertThat(LabCatalog.load(root).problems()).contains("labs/sql-injection-search/lab.yaml: checks: must include a hidden exploit check");
    }

    @Test
    void filesTheManifestNamesMustExist() throws IOException {
        Files.delete(root.resolve("sql-injection-search/writeup.md"));
        Files.writeString(manifest(), Files.readString(manifest()).replace("class: checks.SearchIsCaseInsensitive", "class: checks.Missing"));

        assertThat(LabCatalog.load(root).problems()).contains(
                "labs/sql-injection-search/writeup.md: is missing or empty",
                "labs/sql-injection-search/lab.yaml: checks: class checks.Missing has no source at checks/checks/Missing.java");
    }

    @Test
    void theIdMustMatchTheFolder() throws IOException {
        assertThat(withManifest("id: sql-injection-search", "id: other-lab").problems())
                .contains("labs/sql-injection-search/lab.yaml: id: 'other-lab' must equal the folder's name 'sql-injection-search'");
    }

    @Test
    void oneBrokenLabDoesNotHideTheOthers() throws IOException {
        copy(bundled, root.resolve("broken-lab"));
        Files.writeString(root.resolve("broken-lab/lab.yaml"), "not: [a, lab");

        LabCatalog catalog = LabCatalog.load(root);

        assertThat(catalog.labs()).extracting(Lab::id).containsExactly("sql-injection-search");
        assertThat(catalog.problems()).singleElement().asString().startsWith("labs/broken-lab/lab.yaml:");
    }
}
