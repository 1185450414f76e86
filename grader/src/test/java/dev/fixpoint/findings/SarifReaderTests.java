package dev.fixpoint.findings;

import dev.fixpoint.findings.Finding.BaselineState;
import dev.fixpoint.findings.Finding.CweSource;
import dev.fixpoint.findings.Finding.Level;
import dev.fixpoint.findings.SarifReader.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SarifReaderTests {

    private static final Path SAMPLES = Path.of(System.getProperty("fixpoint.sarif.samples", "../grader/src/test/resources/sarif"));

    /** Per file: results in the file, findings kept, suppressed, CWEs; written down from reading each file with jq. */
    static Stream<Arguments> samples() {
        return Stream.of(
                sample("checkov-checkov-3.2.91-terraform-azure.sarif", 7, 7, 0, Set.of(309)),
                sample("checkov-none-openapi-no-tool.sarif", 12, 12, 0, Set.of()),
                sample("codeqlaction-mixed-tool-names-multirun.sarif", 0, 0, 0, Set.of()),
                sample("defectdojo-binaryscanner-appendix-k3.sarif", 1, 1, 0, Set.of()),
                sample("defectdojo-codeql-2.5.4-python.sarif", 72, 72, 0,
                        Set.of(685, 628, 390, 215, 489, 22, 23, 36, 73, 99, 79, 116, 89, 561, 563)),
                sample("defectdojo-codescanner-appendix-k.sarif", 1, 0, 1, Set.of()),
                sample("defectdojo-codescanner-appendix-k1-double-run.sarif", 0, 0, 0, Set.of()),
                sample("defectdojo-codescanner-appendix-k1-minimal.sarif", 0, 0, 0, Set.of()),
                sample("defectdojo-codescanner-appendix-k2.sarif", 1, 1, 0, Set.of()),
                sample("defectdojo-codescanner-appendix-k4.sarif", 1, 0, 1, Set.of()),
                sample("defectdojo-codescanner-suppression-current.sarif", 4, 1, 3, Set.of()),
                sample("defectdojo-codescanner-suppression-test.sarif", 5, 2, 3, Set.of()),
                sample("defectdojo-dependencycheck-6.1.2.sarif", 13, 13, 0, Set.of(1395)),
                sample("defectdojo-dockle-0.3.15.sarif", 4, 4, 0, Set.of(798, 494)),
                sample("defectdojo-exampleapp-blackduck-nested-fingerprints.sarif", 5, 5, 0, Set.of(79, 78, 1321, 400, 1333)),
                // One of the 54 results has kind "pass": not a problem, so not a finding.
                sample("defectdojo-flawfinder-2.0.19.sarif", 54, 53, 0, Set.of(120, 119, 134, 20, 126, 190, 327)),
                sample("defectdojo-gitleaks-7.4.0.sarif", 8, 8, 0, Set.of(798)),
                sample("defectdojo-grype-0.34.7-cxf.sarif", 22, 22, 0, Set.of(1395)),
                sample("defectdojo-lgtm-export-js-python.sarif", 510, 510, 0, Set.of(561, 200, 1022, 563, 480, 396, 687)),
                sample("defectdojo-nodejsscan-0.2.3.sarif", 2, 2, 0, Set.of(327, 798)),
                sample("defectdojo-none-no-runs.sarif", 0, 0, 0, Set.of()),
                sample("defectdojo-pythonanalysis-taint.sarif", 11, 11, 0, Set.of(91, 80, 639, 732)),
                sample("defectdojo-semgrep-0.17.0-owasp-benchmark-java.sarif", 1768, 1768, 0,
                        Set.of(89, 78, 90, 1004, 614, 1275, 327)),
                sample("defectdojo-semgrep-oss-1.69.0-issue10191.sarif", 77, 77, 0,
                        Set.of(185, 95, 22, 208, 338, 943, 502, 346, 798, 601, 918, 23, 643, 79)),
                sample("defectdojo-sentinelscanner-fingerprints.sarif", 4, 4, 0, Set.of()),
                sample("defectdojo-shellanalysis-bash-report.sarif", 27, 27, 0, Set.of()),
                sample("defectdojo-shellanalysis-fabricated-subset.sarif", 4, 4, 0, Set.of()),
                sample("defectdojo-shellanalysis-fabricated.sarif", 5, 5, 0, Set.of()),
                sample("defectdojo-shellanalysis-subset-same-hash.sarif", 4, 4, 0, Set.of()),
                sample("defectdojo-snykcode-1.0.0-issue9270.sarif", 39, 39, 0, Set.of(547, 347, 798, 259, 770, 943, 918, 79)),
                sample("defectdojo-spotbugs-4.4.0.sarif", 56, 56, 0, Set.of()),
                sample("gitleaks-gitleaks-v8.0.0-simple.sarif", 1, 1, 0, Set.of(798)),
                sample("kics-kics-dev-cwe-taxonomy-empty.sarif", 1, 1, 0, Set.of(94)),
                sample("sarifsdk-cwesamplerscanner-ghas-sample.sarif", 7, 7, 0, Set.of(79, 89, 22, 798, 1220)),
                sample("scw-codeql-2.17.4-extension-rules-python.sarif", 2, 2, 0, Set.of(22, 23, 36, 73, 99, 78, 88)),
                sample("scw-codeql-2.4.2-testinput-js.sarif", 1, 1, 0, Set.of(319, 494, 829)),
                sample("scw-synthetic-test004-cwe-odd-formats.sarif", 2, 2, 0, Set.of(22, 23, 24, 25)),
                sample("spotbugs-4.9.6-findsecbugs-1.14.0-own-sample.sarif", 5, 5, 0, Set.of(502, 89, 397)),
                // Its tail is commented out with //; the two runs moved in by hand have no results.
                sample("tfsecexample-trivy-0.45.0-misconfig-trailing-comments.sarif", 1, 1, 0, Set.of()),
                sample("trivy-trivy-dev-alpine-310-vuln.sarif", 4, 4, 0, Set.of(1395)));
    }

    private static Arguments sample(String file, int results, int findings, int suppressed, Set<Integer> cwes) {
        return Arguments.of(file, results, findings, suppressed, cwes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsEachRealScannerFile(String file, int results, int findings, int suppressed, Set<Integer> cwes) {
        SarifFile read = SarifReader.read(SAMPLES.resolve(file), Options.defaults());

        assertThat(read.results()).as("results in the file").isEqualTo(results);
        assertThat(read.findings()).as("findings").hasSize(findings);
        assertThat(read.suppressed()).as("suppressed").isEqualTo(suppressed);
        assertThat(read.cwes()).as("CWEs").containsExactlyInAnyOrderElementsOf(cwes);
    }

    @Test
    void everySampleFileIsCoveredByATest() throws IOException {
        List<String> covered = Stream.concat(samples().map(arguments -> (String) arguments.get()[0]),
                Stream.of("qodana-none-corrupted.sarif", "sarifsdk-none-invalid-not-sarif.sarif",
                        "codeqlaction-lgtm-invalid-results-number.sarif")).toList();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".sarif")))
                    .containsExactlyInAnyOrderElementsOf(covered);
        }
    }

    @Test
    void aTruncatedFileIsNotJsonAndSaysWhere() {
        assertThatThrownBy(() -> SarifReader.read(SAMPLES.resolve("qodana-none-corrupted.sarif"), Options.defaults()))
                .isInstanceOf(SarifFormatException.class)
                .hasMessageStartingWith("not JSON at line 1 column 4: ");
    }

    @Test
    void jsonWithoutRunsIsNotSarif() {
        assertThatThrownBy(() -> SarifReader.read(SAMPLES.resolve("sarifsdk-none-invalid-not-sarif.sarif"), Options.defaults()))
                .isInstanceOf(SarifFormatException.class)
                .hasMessage("not a SARIF log: it has no 'runs' array (top-level fields: this)");
    }

    @Test
    void aTopLevelArrayIsNotSarif() {
        assertThatThrownBy(() -> read("[{\"runs\": []}]", Options.defaults()))
                .hasMessage("not a SARIF log: the top level is an array, not an object");
    }

    @Test
    void resultsThatAreNotAnArrayAreSkippedWithAWarning() {
        SarifFile read = SarifReader.read(SAMPLES.resolve("codeqlaction-lgtm-invalid-results-number.sarif"), Options.defaults());

        assertThat(read.findings()).isEmpty();
        assertThat(read.warnings()).containsExactly(
                "runs[0].results: is a number, not an array; the run's results were skipped");
    }

    @Test
    void codeQlResultsFindTheirRuleInAToolExtensionByComponentIndex() {
        SarifFile read = SarifReader.read(SAMPLES.resolve("scw-codeql-2.17.4-extension-rules-python.sarif"), Options.defaults());

        Finding commandLine = read.findings().get(1);
        assertThat(commandLine.ruleId()).isEqualTo("py/command-line-injection");
        assertThat(commandLine.cwes()).containsExactly(78, 88);
        assertThat(commandLine.cweSource()).isEqualTo(CweSource.FILE);
    }

    @Test
    void aRuleIndexFindsTheRuleEvenWhenTheResultHasNoRuleId() {
        SarifFile read = read("""
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "T", "rules": [
                  {"id": "A", "properties": {"tags": ["external/cwe/cwe-079"]}},
                  {"id": "B", "name": "Sql", "defaultConfiguration": {"level": "error"},
                   "properties": {"tags": ["CWE-89: Improper Neutralization of Special Elements used in an SQL Command"],
                                  "security-severity": "8.8"}}]}},
                  "results": [{"ruleIndex": 1, "message": {"text": "m"}}]}]}""", Options.defaults());

        Finding finding = read.findings().getFirst();
        assertThat(finding.ruleId()).isEqualTo("B");
        assertThat(finding.ruleName()).isEqualTo("Sql");
        assertThat(finding.cwes()).containsExactly(89);
        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.securitySeverity()).hasValue(8.8);
    }

    @Test
    void aRuleIndexOutOfRangeFallsBackToTheRuleIdWithAWarning() {
        SarifFile read = read("""
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "T", "rules": [
                  {"id": "A", "properties": {"cwe": "CWE-22"}}]}},
                  "results": [{"ruleId": "A", "ruleIndex": 17, "message": {"text": "m"}}]}]}""", Options.defaults());

        assertThat(read.findings().getFirst().cwes()).containsExactly(22);
        assertThat(read.warnings()).containsExactly("runs[0].results[0]: rule index 17 is out of range (1 rules); looked up by id");
    }

    @Test
    void aRelationshipToTheCweTaxonomyByIndexNamesTheTaxon() {
        SarifFile read = read("""
                {"version": "2.1.0", "runs": [{
                  "tool": {"driver": {"name": "T", "rules": [{"id": "A", "relationships": [
                    {"target": {"index": 1, "toolComponent": {"index": 0}}},
                    {"target": {"id": "CAT1", "toolComponent": {"name": "Categories"}}}]}]}},
                  "taxonomies": [{"name": "CWE", "taxa": [{"id": "79"}, {"id": "CWE-327"}]}],
                  "results": [{"ruleId": "A", "message": {"text": "m"},
                               "taxa": [{"id": "1", "toolComponent": {"name": "Categories"}}]}]}]}""", Options.defaults());

        assertThat(read.findings().getFirst().cwes()).containsExactly(327);
    }

    @Test
    void theUriIsResolvedAgainstNestedBaseIdsAndTheArtifactIndex() {
        SarifFile read = read("""
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "T"}},
                  "originalUriBaseIds": {"REPO": {"uri": "file:///work/repo/"}, "SRC": {"uri": "src/main", "uriBaseId": "REPO"}},
                  "artifacts": [{"location": {"uri": "App.java", "uriBaseId": "SRC"}}],
                  "results": [
                    {"ruleId": "A", "message": {"text": "m"}, "locations": [{"physicalLocation": {
                      "artifactLocation": {"uri": "Db.java", "uriBaseId": "SRC"}, "region": {"startLine": 12}}}]},
                    {"ruleId": "A", "message": {"text": "m"}, "locations": [{"physicalLocation": {
                      "artifactLocation": {"index": 0}, "region": {"startLine": 3}}}]},
                    {"ruleId": "A", "message": {"text": "m"}, "locations": [{"physicalLocation": {
                      "artifactLocation": {"uri": "x.tf", "uriBaseId": "UNKNOWN"}}}]}]}]}""", Options.defaults());

        assertThat(read.findings()).extracting(Finding::location).containsExactly(
                new Finding.Location("file:///work/repo/src/main/Db.java", "Db.java", 12),
                new Finding.Location("file:///work/repo/src/main/App.java", "App.java", 3),
                new Finding.Location("x.tf", "x.tf", 0));
    }

    @Test
    void suppressedResultsAreSkippedUnlessEverySuppressionIsRejected() {
        SarifFile read = read("""
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "T"}}, "results": [
                  {"ruleId": "kept-empty", "message": {"text": "m"}, "suppressions": []},
                  {"ruleId": "skipped", "message": {"text": "m"}, "suppressions": [{"kind": "inSource"}]},
                  {"ruleId": "skipped-accepted", "message": {"text": "m"}, "suppressions": [{"kind": "external", "status": "accepted"}]},
                  {"ruleId": "kept-rejected", "message": {"text": "m"}, "suppressions": [{"kind": "external", "status": "rejected"}]}]}]}""",
                Options.defaults());

        assertThat(read.findings()).extracting(Finding::ruleId).containsExactly("kept-empty", "kept-rejected");
        assertThat(read.suppressed()).isEqualTo(2);
    }

    @Test
    void onlyNewKeepsNewResultsAndResultsNeverComparedWithABaseline() {
        String sarif = """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "T"}}, "results": [
                  {"ruleId": "new", "message": {"text": "m"}, "baselineState": "new"},
                  {"ruleId": "unchanged", "message": {"text": "m"}, "baselineState": "unchanged"},
                  {"ruleId": "updated", "message": {"text": "m"}, "baselineState": "updated"},
                  {"ruleId": "absent", "message": {"text": "m"}, "baselineState": "absent"},
                  {"ruleId": "not-compared", "message": {"text": "m"}}]}]}""";

        SarifFile all = read(sarif, Options.defaults());
        SarifFile onlyNew = read(sarif, Options.defaults().withOnlyNew(true));

        assertThat(all.findings()).extracting(Finding::baselineState).containsExactly(BaselineState.NEW,
                BaselineState.UNCHANGED, BaselineState.UPDATED, BaselineState.ABSENT, BaselineState.NOT_COMPARED);
        assertThat(onlyNew.findings()).extracting(Finding::ruleId).containsExactly("new", "not-compared");
        assertThat(onlyNew.notNew()).isEqualTo(3);
    }

    @Test
    void theLevelDefaultsToWarningAndMessagesFillTheirArguments() {
        SarifFile read = read("""
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "T", "rules": [
                  {"id": "A", "messageStrings": {"default": {"text": "{0} flows to {1}"}}}]}},
                  "results": [{"ruleId": "A", "message": {"id": "default", "arguments": ["input", "query"]},
                               "properties": {"security-severity": 7}}]}]}""", Options.defaults());

        Finding finding = read.findings().getFirst();
        assertThat(finding.message()).isEqualTo("input flows to query");
        assertThat(finding.level()).isEqualTo(Level.WARNING);
        assertThat(finding.securitySeverity()).hasValue(7.0);
    }

    @Test
    void fingerprintsAreReadFlatOrNested() {
        Finding blackDuck = SarifReader.read(SAMPLES.resolve("defectdojo-exampleapp-blackduck-nested-fingerprints.sarif"),
                Options.defaults()).findings().getFirst();
        Finding flawfinder = SarifReader.read(SAMPLES.resolve("defectdojo-flawfinder-2.0.19.sarif"),
                Options.defaults()).findings().getFirst();

        assertThat(blackDuck.fingerprints()).containsEntry("csvRowSha256", "a".repeat(64));
        assertThat(flawfinder.fingerprints()).containsKey("contextHash/v1");
    }

    @Test
    void toolsWithoutCwesGetThemFromTheRuleMap() {
        Finding gitleaks = SarifReader.read(SAMPLES.resolve("defectdojo-gitleaks-7.4.0.sarif"), Options.defaults())
                .findings().getFirst();

        assertThat(gitleaks.tool()).isEqualTo("Gitleaks");
        assertThat(gitleaks.cwes()).containsExactly(798);
        assertThat(gitleaks.cweSource()).isEqualTo(CweSource.RULE_MAP);
        assertThat(gitleaks.location()).isEqualTo(new Finding.Location(
                "dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_1_vuln.json",
                "dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_1_vuln.json", 13));
    }

    @Test
    void everyCweInTheRuleMapExistsInTheCatalog() throws IOException {
        Set<String> catalog;
        try (var in = getClass().getResourceAsStream("/dev/fixpoint/catalog/data/cwe_v4.20_weaknesses.csv")) {
            catalog = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        }

        assertThat(RuleCweMap.shipped().entries()).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.cwes()).allSatisfy(cwe -> assertThat(catalog).contains("CWE-" + cwe)));
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedBeforeItIsParsed() {
        Options small = new Options(100, 100, 100, false);

        assertThatThrownBy(() -> SarifReader.read(SAMPLES.resolve("defectdojo-dockle-0.3.15.sarif"), small))
                .isInstanceOf(SarifFormatException.class)
                .hasMessage("the file is larger than the limit of 100 bytes");
        assertThatThrownBy(() -> SarifReader.read(new ByteArrayInputStream(new byte[101]), small))
                .hasMessage("the file is larger than the limit of 100 bytes");
    }

    @Test
    void tooManyResultsAreRejected() {
        Options three = new Options(1_000_000, 3, 100, false);

        assertThatThrownBy(() -> SarifReader.read(SAMPLES.resolve("defectdojo-dockle-0.3.15.sarif"), three))
                .isInstanceOf(SarifFormatException.class)
                .hasMessage("the file has 4 results, more than the limit of 3");
    }

    @Test
    void jsonNestedTooDeeplyIsRejected() {
        String deep = "{\"runs\": [{\"results\": [{\"properties\": " + "[".repeat(200) + "]".repeat(200) + "}]}]}";

        assertThatThrownBy(() -> read(deep, Options.defaults()))
                .isInstanceOf(SarifFormatException.class)
                .hasMessage("the JSON nests deeper than the limit of 100");
    }

    @Test
    void anEmptyFileIsNotJson() {
        assertThatThrownBy(() -> read("", Options.defaults())).hasMessage("not JSON: the file is empty");
    }

    private static SarifFile read(String json, Options options) {
        return SarifReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), options);
    }
}
