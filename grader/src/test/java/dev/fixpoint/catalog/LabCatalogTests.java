package dev.fixpoint.catalog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Manifests are strict: every problem names the file and the field, and one bad lab hides no good one. */
class LabCatalogTests {

    /** Placeholders such as {random:a} that a check fills in at run time; the text between them is what a clue must not quote. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    /** Params that say which form field an attack goes into, not what it sends: a clue may name the field. */
    /** Params that say where a check goes, not what it sends: the briefing names every service and route anyway. */
    private static final Set<String> NOT_PAYLOADS = Set.of("field", "service", "route");
    private static final String FIRST_HIDDEN_CLUE = "    clue: a search term that widens the query's own filter instead of reading another table\n";

    @TempDir
    Path root;
    private Path bundled;

    @BeforeEach
    void copyTheExampleLab() throws IOException {
        bundled = Path.of(System.getProperty("fixpoint.labs", "../labs")).resolve("sql-injection-search");
        LabFolders.copy(bundled, root.resolve("sql-injection-search"));
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
        assertThat(manifest.checks(LabManifest.Visibility.HIDDEN)).hasSize(7).first().extracting(LabManifest.CheckSpec::clue)
                .isEqualTo("a search term that widens the query's own filter instead of reading another table");
        assertThat(manifest.checks(LabManifest.Visibility.VISIBLE)).extracting(LabManifest.CheckSpec::clue).containsOnlyNulls();
        assertThat(manifest.limits()).isEqualTo(LabManifest.Limits.DEFAULT);
        assertThat(lab.starterFiles()).containsOnlyKeys("src/shop/ProductRepository.java");
        assertThat(lab.solutionFiles().get("src/shop/ProductRepository.java")).contains("PreparedStatement statement");
    }

    @Test
    void theExampleLabCarriesTemptingFixesThatMustFailAndAnAlternativeThatMustPass() {
        Lab lab = LabCatalog.load(root).find("sql-injection-search").orElseThrow();

        assertThat(lab.cases()).extracting(FixCase::path, FixCase::expected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tempting/keyword-block-list", FixCase.Expected.VULNERABLE),
                org.assertj.core.groups.Tuple.tuple("tempting/quotes-stripped", FixCase.Expected.BROKEN),
                org.assertj.core.groups.Tuple.tuple("alternatives/pattern-built-in-sql", FixCase.Expected.SECURE));
        FixCase stripped = lab.cases().get(1);
        assertThat(stripped.caughtBy()).containsExactly("search-finds-names-with-apostrophes");
        assertThat(stripped.why()).contains("O'Reilly");
        assertThat(lab.filesOf(stripped).get("src/shop/ProductRepository.java")).contains("query.replace(\"'\", \"\")");
    }

    @Test
    void aCaseIsReadStrictlyAndEachProblemNamesItsFileAndField() throws IOException {
        Path tempting = root.resolve("sql-injection-search/tempting/keyword-block-list");
        Files.writeString(tempting.resolve("case.yaml"), "verdict: secure\nwhy: it looks safe\ncaught-by: [no-such-check]\nsevertiy: high\n");
        Files.createDirectories(tempting.resolve("src/shop"));
        Files.writeString(tempting.resolve("src/shop/ShopService.java"), "class Changed {}");
        Path alternative = root.resolve("sql-injection-search/alternatives/pattern-built-in-sql");
        Files.delete(alternative.resolve("case.yaml"));

        LabCatalog catalog = LabCatalog.load(root);

        String where = "labs/sql-injection-search/tempting/keyword-block-list";
        assertThat(catalog.labs()).isEmpty();
        assertThat(catalog.problems()).contains(
                where + "/case.yaml: verdict: a tempting fix must not be SECURE: say which verdict it gets (vulnerable or broken)",
                where + "/case.yaml: caught-by: 'no-such-check' is not a check of this lab " + List.of("union-select-reads-api-keys",
                        "or-true-lists-unpublished", "mixed-case-union-with-block-comment", "or-without-comment-or-union", "subquery-condition",
                        "bare-condition-with-random-literals", "search-finds-new-product", "search-handles-punctuation",
                        "search-finds-names-with-apostrophes", "search-is-case-insensitive"),
                where + "/case.yaml: severtiy: is not a field of this schema",
                where + "/src/shop/ShopService.java: is not one of the editable files [src/shop/ProductRepository.java]",
                "labs/sql-injection-search/alternatives/pattern-built-in-sql/case.yaml: is missing (it says why the fix is there, "
                        + "and for a tempting fix the verdict it must get)");
    }

    @Test
    void onlyAFunctionalCheckMayFailOnTheStarterCode() throws IOException {
        assertThat(withManifest("    kind: exploit\n    visibility: visible\n", "    kind: exploit\n    visibility: visible\n    on-starter: fails\n").problems())
                .contains("labs/sql-injection-search/lab.yaml: checks[0].on-starter: is only for functional checks: every exploit check gets through the starter code");
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
        LabFolders.copy(bundled, root.resolve("broken-lab"));
        Files.writeString(root.resolve("broken-lab/lab.yaml"), "not: [a, lab");

        LabCatalog catalog = LabCatalog.load(root);

        assertThat(catalog.labs()).extracting(Lab::id).containsExactly("sql-injection-search");
        assertThat(catalog.problems()).singleElement().asString().startsWith("labs/broken-lab/lab.yaml:");
    }

    @Test
    void aHiddenCheckWithoutAClueIsRefusedNamingTheField() throws IOException {
        assertThat(withManifest(FIRST_HIDDEN_CLUE, "").problems())
                .containsExactly("labs/sql-injection-search/lab.yaml: checks[1].clue: is required");
    }

    @Test
    void aVisibleCheckWithAClueIsRefused() throws IOException {
        LabCatalog catalog = withManifest("  - name: union-select-reads-api-keys\n",
                "  - name: union-select-reads-api-keys\n    clue: a search term that reads another table\n");

        assertThat(catalog.problems()).containsExactly("labs/sql-injection-search/lab.yaml: checks[0].clue: is only for hidden checks:"
                + " a visible check shows its own name, message and transcript");
    }

    @Test
    void aClueThatQuotesItsPayloadIsCaught() throws IOException {
        LabCatalog catalog = withManifest(FIRST_HIDDEN_CLUE, "    clue: \"a search term such as x' OR published = FALSE --\"\n");

        assertThat(quotedParams(catalog)).containsExactly(
                "sql-injection-search/or-true-lists-unpublished quotes payload 'x' OR published = FALSE --'");
    }

    @Test
    void everyBundledHiddenCheckHasAClueThatQuotesNoPayload() {
        LabCatalog catalog = LabCatalog.load(bundled.getParent());

        assertThat(catalog.problems()).isEmpty();
        List<LabManifest.CheckSpec> hidden = catalog.labs().stream()
                .flatMap(lab -> lab.manifest().checks(LabManifest.Visibility.HIDDEN).stream()).toList();
        assertThat(hidden).isNotEmpty().allSatisfy(check -> assertThat(check.clue())
                .as("the clue of %s", check.name())
                .isNotBlank()
                // One style across the catalog: a lower-case phrase without a final full stop.
                .matches(clue -> Character.isLowerCase(clue.charAt(0)) && !clue.endsWith("."), "a lower-case phrase without a full stop"));
        assertThat(quotedParams(catalog)).isEmpty();
    }

    /** Each hidden check whose clue contains a literal part (over 3 characters) of one of its payload params. */
    private static List<String> quotedParams(LabCatalog catalog) {
        List<String> quoted = new ArrayList<>();
        for (Lab lab : catalog.labs()) {
            for (LabManifest.CheckSpec check : lab.manifest().checks(LabManifest.Visibility.HIDDEN)) {
                String clue = check.clue().toLowerCase(Locale.ROOT);
                for (Map.Entry<String, String> param : check.params().entrySet()) {
                    if (NOT_PAYLOADS.contains(param.getKey())) {
                        continue;
                    }
                    for (String literal : PLACEHOLDER.split(param.getValue())) {
                        if (literal.strip().length() > 3 && clue.contains(literal.strip().toLowerCase(Locale.ROOT))) {
                            quoted.add(lab.id() + "/" + check.name() + " quotes " + param.getKey() + " '" + literal.strip() + "'");
                        }
                    }
                }
            }
        }
        return quoted;
    }
}
