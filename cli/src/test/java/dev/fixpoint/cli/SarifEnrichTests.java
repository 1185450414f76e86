package dev.fixpoint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.fixpoint.cli.CliTests.fixpoint;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code fixpoint sarif enrich} on real CodeQL output: training links in the rules' help, nothing else changed. */
class SarifEnrichTests {

    private static final Path SAMPLES = Path.of(System.getProperty("fixpoint.sarif.samples", "../grader/src/test/resources/sarif"));
    private static final Path CODEQL = SAMPLES.resolve("defectdojo-codeql-2.5.4-python.sarif");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void rulesWhoseWeaknessALabTrainsLinkToItAndResultsRuleIdsAndFingerprintsAreUnchanged(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("enriched.sarif");

        CliTests.Run run = fixpoint("sarif", "enrich", CODEQL.toString(), "-o", out.toString(), "--server", "http://127.0.0.1:8080/");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode before = json.readTree(CODEQL.toFile());
        JsonNode after = json.readTree(out.toFile());
        assertThat(after.get("runs").get(0).get("results")).isEqualTo(before.get("runs").get(0).get("results"));
        assertThat(ruleIds(after)).isEqualTo(ruleIds(before));
        // This file's rules carry no help of their own: the rule gets one, with the plain text SARIF requires.
        assertThat(rule(before, "py/sql-injection").has("help")).isFalse();
        JsonNode sql = rule(after, "py/sql-injection");
        assertThat(sql.get("help").get("markdown").asString())
                .contains("[SQL injection in a product search](http://127.0.0.1:8080/labs/sql-injection-search)");
        assertThat(sql.get("help").get("text").asString()).isNotBlank();
        int changed = 0;
        for (int i = 0; i < ruleIds(before).size(); i++) {
            JsonNode was = before.get("runs").get(0).get("tool").get("driver").get("rules").get(i);
            JsonNode is = after.get("runs").get(0).get("tool").get("driver").get("rules").get(i);
            if (!was.equals(is)) {
                changed++;
                assertThat(is.get("help").get("markdown").asString()).as(is.get("id").asString()).contains("**Fixpoint training**");
            }
        }
        assertThat(changed).as("rules with a lab").isPositive().isLessThan(ruleIds(before).size());
        assertThat(run.err()).contains("enriched " + changed + " rules");
    }

    @Test
    void aRulesOwnHelpIsKeptAndTheTrainingFollowsItNamingTheLabWithoutAServer(@TempDir Path dir) throws Exception {
        Path snyk = SAMPLES.resolve("defectdojo-snykcode-1.0.0-issue9270.sarif");
        Path out = dir.resolve("enriched.sarif");

        CliTests.Run run = fixpoint("sarif", "enrich", snyk.toString(), "-o", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode before = rule(json.readTree(snyk.toFile()), "javascript/XSS").get("help");
        JsonNode after = rule(json.readTree(out.toFile()), "javascript/XSS").get("help");
        assertThat(after.get("text")).isEqualTo(before.get("text"));
        assertThat(after.get("markdown").asString()).startsWith(before.get("markdown").asString().strip() + "\n\n**Fixpoint training**")
                .contains("(`fixpoint lab pull stored-xss-comments`)");
    }

    @Test
    void aMalformedFileIsNamedAndNoOutputIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("enriched.sarif");

        CliTests.Run run = fixpoint("sarif", "enrich", SAMPLES.resolve("qodana-none-corrupted.sarif").toString(), "-o", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("qodana-none-corrupted.sarif");
        assertThat(out).doesNotExist();
    }

    private static List<String> ruleIds(JsonNode log) {
        List<String> ids = new ArrayList<>();
        log.get("runs").get(0).get("tool").get("driver").get("rules").forEach(rule -> ids.add(rule.get("id").asString()));
        return ids;
    }

    private static JsonNode rule(JsonNode log, String id) {
        for (JsonNode rule : log.get("runs").get(0).get("tool").get("driver").get("rules")) {
            if (rule.get("id").asString().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }
}
