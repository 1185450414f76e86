package dev.fixpoint.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user drives it: the catalog, pulling a lab, grading the working copy. */
@Tag("sandbox")
class CliTests {

    private static final String LAB = "sql-injection-search";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What one run of the command printed and returned. */
    record Run(int status, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    static Run fixpoint(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = FixpointCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void labsAsJsonListsEveryLabWithItsFields() {
        Run run = fixpoint("labs", "--json");

        assertThat(run.status()).isZero();
        JsonNode sql = null;
        for (JsonNode lab : run.json()) {
            assertThat(lab.has("id") && lab.has("title") && lab.has("tracks") && lab.has("difficulty") && lab.has("cwe") && lab.has("runtime")).isTrue();
            if (lab.get("id").asString().equals(LAB)) {
                sql = lab;
            }
        }
        assertThat(sql).isNotNull();
        assertThat(sql.get("cwe").get(0).asInt()).isEqualTo(89);
        assertThat(sql.get("runtime").asString()).isEqualTo("java");
        assertThat(sql.get("tracks").get(0).asString()).isEqualTo("backend");
    }

    @Test
    void benchMeasuresLatencyAndThroughputPerLab() {
        Run run = fixpoint("bench", LAB, "--runs", "3", "--warmup", "1", "--concurrency", "2", "--naive", "1", "--starts", "2",
                "--lockdown-cost", "2", "--cold", "0", "--rehearse", "both", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode lab = run.json().get(0);
        assertThat(lab.get("lab").asString()).isEqualTo(LAB);
        assertThat(lab.get("rehearsed").asBoolean()).isTrue();
        assertThat(lab.get("workersRehearsed").asInt()).as("the measured gradings' workers had rehearsed the lab").isEqualTo(3 * 2);
        // The same lab graded by workers that had not rehearsed it, alternately with those that had.
        JsonNode unrehearsed = run.json().get(1);
        assertThat(unrehearsed.get("lab").asString()).isEqualTo(LAB);
        assertThat(unrehearsed.get("rehearsed").asBoolean()).isFalse();
        assertThat(unrehearsed.get("workersRehearsed").asInt()).isZero();
        assertThat(unrehearsed.get("totalMs").get("p50").asLong()).isPositive();
        assertThat(lab.get("totalMs").get("p50").asLong()).isPositive();
        assertThat(lab.get("totalMs").get("p95").asLong()).isGreaterThanOrEqualTo(lab.get("totalMs").get("p50").asLong());
        assertThat(lab.get("concurrent").get("gradingsPerSecond").asDouble()).isPositive();
        assertThat(lab.get("workers").get("startMsP50").asLong()).isPositive();
        // The sandbox's memory limit is 256 MiB per worker; a worker that ran the lab uses more than an empty JVM.
        assertThat(lab.get("workers").get("peakMiBMax").asLong()).isBetween(30L, 256L);
        assertThat(lab.get("workerStart").get("cpuMsNoAot").asLong()).isPositive();
        // The naive way runs Maven and a JVM per submission: seconds, where grading takes a fraction of one.
        assertThat(lab.get("naiveMs").asLong()).isGreaterThan(lab.get("totalMs").get("p50").asLong());
        // Side by side with workers that skip their kernel lockdown: both graded the solution.
        assertThat(lab.get("lockdown").get("gradingMsP50").asLong()).isPositive();
        assertThat(lab.get("lockdown").get("gradingMsP50Without").asLong()).isPositive();
        assertThat(lab.get("lockdown").get("workerStartMsP50").asLong()).isPositive();
        // The cold figure starts the server, which is built after the CLI: ColdStartBenchTests in the server module.
    }

    @Test
    void labsAsATableShowsIdsAndTitles() {
        Run run = fixpoint("labs");

        assertThat(run.out()).contains(LAB, "SQL injection in a product search", "CWE-89");
    }

    @Test
    void aPulledLabGradesVulnerableThenSecureOnceFixed(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("lab");
        assertThat(fixpoint("lab", "pull", LAB, project.toString()).status()).isZero();
        Path repository = project.resolve("src/main/java/shop/ProductRepository.java");
        assertThat(repository).exists();
        assertThat(project.resolve("src/test/java/checks/SearchInjection.java")).exists();
        assertThat(project.resolve("src/test/resources/fixpoint-lab.properties")).content()
                .contains("union-select-reads-api-keys").doesNotContain("or-true-lists-unpublished");

        Run vulnerable = fixpoint("grade", LAB, project.toString(), "--json");
        assertThat(vulnerable.status()).isEqualTo(1);
        assertThat(vulnerable.json().get("verdict").asString()).isEqualTo("VULNERABLE");
        assertThat(vulnerable.json().get("version").asInt()).as("the report contract's version").isEqualTo(1);
        assertThat(vulnerable.json().get("view").asString()).as("a learner's view: hidden checks only in numbers").isEqualTo("LEARNER");
        assertThat(vulnerable.json().get("hidden").get("failed").asInt()).isEqualTo(6);
        assertThat(vulnerable.json().get("hidden").get("clues")).as("a clue to what got through, never the request").isNotEmpty();
        assertThat(vulnerable.json().get("isolation").get("level").asString()).as("the isolation it was graded under").isEqualTo("FULL");
        for (JsonNode check : vulnerable.json().get("checks")) {
            assertThat(check.get("visibility").asString()).isEqualTo("VISIBLE");
            assertThat(check.has("name") && check.has("kind") && check.has("passed") && check.has("message")).isTrue();
        }
        assertThat(vulnerable.json().get("timings").get("totalMs").asLong()).isPositive();

        Files.copy(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution/src/shop/ProductRepository.java"), repository,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run secure = fixpoint("grade", LAB, project.toString());
        assertThat(secure.status()).isZero();
        assertThat(secure.out()).contains(LAB + ": SECURE", "Every attack was blocked", "Isolation: full: each worker runs under bubblewrap");
    }

    @Test
    void pullingIntoAFolderWithFilesRefusesAndKeepsThem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");

        Run run = fixpoint("lab", "pull", LAB, dir.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("is not empty");
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void gradingAFolderWithoutTheEditableFilesSaysWhatIsMissing(@TempDir Path dir) {
        Run run = fixpoint("grade", LAB, dir.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("missing", "ProductRepository.java", "fixpoint lab pull");
    }

    @Test
    void aSymbolicLinkAtAnEditableFilesPathIsRefusedByName(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("lab");
        assertThat(fixpoint("lab", "pull", LAB, project.toString()).status()).isZero();
        Path repository = project.resolve("src/main/java/shop/ProductRepository.java");
        // The solution stands for any file of the user's that a link could make the grader compile.
        Path elsewhere = Files.copy(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution/src/shop/ProductRepository.java"),
                dir.resolve("ProductRepository.java"));
        Files.delete(repository);
        Files.createSymbolicLink(repository, elsewhere);

        Run run = fixpoint("grade", LAB, project.toString(), "--json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(repository.toString(), "is a symbolic link");
        assertThat(run.out()).doesNotContain("SECURE");
    }

    @Test
    void anEditableFileThatResolvesOutsideTheProjectIsRefusedByName(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("lab");
        assertThat(fixpoint("lab", "pull", LAB, project.toString()).status()).isZero();
        Path shop = project.resolve("src/main/java/shop");
        Path elsewhere = Files.move(shop, dir.resolve("elsewhere"));
        Files.copy(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution/src/shop/ProductRepository.java"),
                elsewhere.resolve("ProductRepository.java"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // The file itself is no link, but the folder it is in is one.
        Files.createSymbolicLink(shop, elsewhere);

        Run run = fixpoint("grade", LAB, project.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(shop.resolve("ProductRepository.java").toString(), "is outside " + project);
        assertThat(run.out()).doesNotContain("SECURE");
    }

    @Test
    void anUnknownLabIsNamed() {
        Run run = fixpoint("grade", "no-such-lab", ".");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no lab 'no-such-lab'");
    }

    @Test
    void verifyProvesALabAndFailsNamingTheLabAndCheck(@TempDir Path dir) throws Exception {
        Run ok = fixpoint("lab", "verify", LAB);
        assertThat(ok.status()).isZero();
        assertThat(ok.out()).contains("ok    " + LAB, "tempting: 2 caught, alternatives: 1 SECURE");

        Path labs = dir.resolve("labs");
        copyTree(Path.of(System.getProperty("fixpoint.labs"), LAB), labs.resolve(LAB));
        // A solution that still concatenates: the lab no longer proves itself.
        Files.copy(labs.resolve(LAB).resolve("src/shop/ProductRepository.java"), labs.resolve(LAB).resolve("solution/src/shop/ProductRepository.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String previous = System.getProperty("fixpoint.labs");
        System.setProperty("fixpoint.labs", labs.toString());
        try {
            Run failed = fixpoint("lab", "verify", "--all");
            assertThat(failed.status()).isEqualTo(1);
            assertThat(failed.out()).contains("FAIL  " + LAB, LAB + ": solution: expected SECURE, got VULNERABLE",
                    "exploit check 'union-select-reads-api-keys' fails");
        } finally {
            System.setProperty("fixpoint.labs", previous);
        }
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
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
}
