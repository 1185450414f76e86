package dev.fixpoint.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.fixpoint.cli.CliTests.fixpoint;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code fixpoint sarif recommend} on real scanner output from grader/src/test/resources/sarif. */
class SarifCommandTests {

    private static final Path SAMPLES = Path.of(System.getProperty("fixpoint.sarif.samples", "../grader/src/test/resources/sarif"));
    private static final String CODEQL = SAMPLES.resolve("defectdojo-codeql-2.5.4-python.sarif").toString();
    private static final String SEMGREP = SAMPLES.resolve("defectdojo-semgrep-0.17.0-owasp-benchmark-java.sarif").toString();
    private static final String SPOTBUGS = SAMPLES.resolve("spotbugs-4.9.6-findsecbugs-1.14.0-own-sample.sarif").toString();
    /** Four of the bundled labs, fixed: which labs a comment names must not change each time the catalogue grows. */
    private static final List<String> LABS = List.of("sql-injection-search", "stored-xss-comments", "path-traversal-download", "idor-invoices");

    @TempDir
    static Path labs;
    private static String bundled;

    @BeforeAll
    static void useAFixedSetOfLabs() throws Exception {
        bundled = System.getProperty("fixpoint.labs");
        for (String lab : LABS) {
            CliTests.copyTree(Path.of(bundled, lab), labs.resolve(lab));
        }
        System.setProperty("fixpoint.labs", labs.toString());
    }

    @AfterAll
    static void useTheBundledLabsAgain() {
        System.setProperty("fixpoint.labs", bundled);
    }

    @Test
    void theMarkdownCommentNamesTheLabsForTheCweOfEachGroupAndListsGaps() {
        CliTests.Run run = fixpoint("sarif", "recommend", CODEQL, SPOTBUGS);

        assertThat(run.status()).as(run.err()).isZero();
        String md = run.out();
        assertThat(section(md, "### CWE-89:")).contains("`sql-injection-search`", "SQL injection in a product search");
        assertThat(section(md, "### CWE-22:")).contains("`path-traversal-download`");
        // CWE-23 (relative path traversal) reaches the path traversal lab through CWE-22.
        assertThat(section(md, "### CWE-23:")).contains("`path-traversal-download`", "is a kind of CWE\\-22");
        assertThat(section(md, "### CWE-79:")).contains("`stored-xss-comments`");
        assertThat(section(md, "### Curriculum gaps")).contains("**CWE-502: Deserialization of Untrusted Data**");
        assertThat(md).contains("\\.py\\:");
    }

    @Test
    void aGroupListsTenLocationsAndCountsTheRest() {
        CliTests.Run run = fixpoint("sarif", "recommend", SEMGREP, "--format", "json");
        int biggest = 0;
        String cwe = null;
        for (JsonNode group : run.json().get("recommendations")) {
            if (group.get("findings").size() > biggest) {
                biggest = group.get("findings").size();
                cwe = "### CWE-" + group.get("cwe").asInt() + ":";
            }
        }
        assertThat(biggest).as("the sample needs a group of more than 10 findings").isGreaterThan(10);

        String section = section(fixpoint("sarif", "recommend", SEMGREP).out(), cwe);

        assertThat(section.lines().filter(line -> line.startsWith("- ")).count()).isEqualTo(11);
        assertThat(section).contains("- and " + (biggest - 10) + " more");
    }

    @Test
    void jsonGivesEachGroupItsLabsReasonAndFindings() {
        CliTests.Run run = fixpoint("sarif", "recommend", SPOTBUGS, "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("findings").asInt()).isEqualTo(5);
        JsonNode sql = json.get("recommendations").get(0);
        assertThat(sql.get("cwe").asInt()).isEqualTo(89);
        assertThat(sql.get("labs").get(0).get("id").asString()).isEqualTo("sql-injection-search");
        assertThat(sql.get("reason").asString()).startsWith("CWE-89 (");
        JsonNode finding = sql.get("findings").get(0);
        assertThat(finding.get("file").asString()).endsWith(".java");
        assertThat(finding.get("line").asInt()).isPositive();
        List<Integer> gapCwes = new ArrayList<>();
        json.get("gaps").forEach(gap -> gapCwes.add(gap.get("cwe").asInt()));
        assertThat(gapCwes).contains(502, 397);
    }

    @Test
    void aMalformedFileExitsTwoNamingTheFileAndPrintsNothing() {
        String bad = SAMPLES.resolve("sarifsdk-none-invalid-not-sarif.sarif").toString();

        CliTests.Run run = fixpoint("sarif", "recommend", SPOTBUGS, bad);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad, "not");
    }

    @Test
    void hostileScannerTextIsEscapedInTheComment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hostile.sarif");
        Files.writeString(file, """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "evil", "rules": [
                  {"id": "x|y", "name": "<img src=x onerror=alert(1)>", "properties": {"tags": ["CWE-89"]}}]}},
                 "results": [{"ruleId": "x|y", "message": {"text": "](javascript:alert(1)) `code`\\n# head"},
                   "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a<b>.java"}, "region": {"startLine": 3}}}]}]}]}
                """);

        String md = fixpoint("sarif", "recommend", file.toString()).out();

        assertThat(md).contains("sql-injection-search", "a\\<b\\>\\.java\\:3", "x\\|y", "\\]\\(javascript\\:alert\\(1\\)\\) \\`code\\` \\# head");
        assertThat(md).doesNotContain("<b>", "](javascript", "x|y");
    }

    @Test
    void onlyNewLeavesOutResultsThatTheBaselineAlreadyHad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("compared.sarif");
        Files.writeString(file, """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "scanner"}}, "results": [
                  {"ruleId": "CWE-89", "message": {"text": "old"}, "baselineState": "unchanged"},
                  {"ruleId": "CWE-79", "message": {"text": "new"}, "baselineState": "new"}]}]}
                """);

        JsonNode all = fixpoint("sarif", "recommend", file.toString(), "--format", "json").json();
        JsonNode onlyNew = fixpoint("sarif", "recommend", file.toString(), "--format", "json", "--only-new").json();

        assertThat(all.get("recommendations").findValuesAsString("ruleId")).containsExactlyInAnyOrder("CWE-89", "CWE-79");
        assertThat(onlyNew.get("recommendations").findValuesAsString("ruleId")).containsExactly("CWE-79");
    }

    /** The text from {@code heading} to the next heading. */
    private static String section(String md, String heading) {
        int start = md.indexOf(heading);
        assertThat(start).as(heading + " in\n" + md).isNotNegative();
        int end = md.indexOf("\n### ", start + heading.length());
        return md.substring(start, end < 0 ? md.length() : end);
    }
}
