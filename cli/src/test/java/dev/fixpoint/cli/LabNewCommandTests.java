package dev.fixpoint.cli;

import dev.fixpoint.catalog.FixCase;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.grading.LabRuntime;
import dev.fixpoint.grading.LabVerifier;
import dev.fixpoint.grading.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fixpoint lab new}: a lab folder that loads and verifies from the start, and clear refusals. */
class LabNewCommandTests {

    @ParameterizedTest
    @ValueSource(strings = {"java", "spring-boot"})
    @Tag("sandbox")
    void aNewLabLoadsWithoutProblemsAndVerifiesAgainstTheRealGrader(String runtime, @TempDir Path labs) {
        CliTests.Run run = CliTests.fixpoint("lab", "new", "idor-notes", "--runtime", runtime, "--labs", labs.toString());
        assertThat(run.status()).as(run.err()).isZero();

        LabCatalog catalog = LabCatalog.load(labs, LabRuntime.available());
        assertThat(catalog.problems()).isEmpty();
        Lab lab = catalog.find("idor-notes").orElseThrow();
        assertThat(lab.manifest().runtime()).isEqualTo(runtime);
        LabVerifier.Verification verification;
        try (Grader grader = Workspace.grader(new PrintWriter(new StringWriter()), 1, false)) {
            verification = new LabVerifier(grader, Installation.detect()).verify(lab);
        }

        assertThat(verification.failures()).isEmpty();
        assertThat(verification.passed()).isTrue();
        assertThat(verification.vulnerable().verdict()).isEqualTo(Verdict.VULNERABLE);
        assertThat(verification.solution().verdict()).isEqualTo(Verdict.SECURE);
        assertThat(verification.cases()).extracting(result -> result.fixCase().kind(), LabVerifier.CaseResult::asExpected)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(FixCase.Kind.TEMPTING, true),
                        org.assertj.core.groups.Tuple.tuple(FixCase.Kind.ALTERNATIVE, true));
    }

    @Test
    void theNewLabCarriesItsIdTitleAndPackageAndPointsEditorsAtTheSchema(@TempDir Path labs) throws IOException {
        CliTests.Run run = CliTests.fixpoint("lab", "new", "idor-notes", "--labs", labs.toString());

        assertThat(run.status()).as(run.err()).isZero();
        Path lab = labs.resolve("idor-notes");
        assertThat(run.out()).contains("Wrote the lab idor-notes to " + lab).contains("src/idornotes/NoteStore.java")
                .contains("FIXPOINT_LABS=" + labs.toAbsolutePath().normalize() + " ./fixpoint lab verify idor-notes");
        List<String> manifest = Files.readAllLines(lab.resolve("lab.yaml"));
        assertThat(manifest.getFirst()).startsWith("# yaml-language-server: $schema=").endsWith("lab.schema.json");
        assertThat(manifest).contains("id: idor-notes", "title: Idor notes", "    class: idornotes.NotesService",
                "  - src/idornotes/NoteStore.java");
        assertThat(lab.resolve("solution/src/idornotes/NoteStore.java")).isRegularFile();
        assertThat(lab.resolve("tempting/owner-checked-for-logged-in-callers/case.yaml")).isRegularFile();
        assertThat(lab.resolve("alternatives/optional-filter/src/idornotes/NoteStore.java")).isRegularFile();
        try (Stream<Path> files = Files.walk(lab)) {
            assertThat(files.filter(Files::isRegularFile).toList()).hasSize(13)
                    .allSatisfy(file -> assertThat(Files.readString(file)).doesNotContain("{{").doesNotContain("PACKAGE"));
        }
        assertThat(Files.readString(lab.resolve("src/idornotes/NoteStore.java"))).startsWith("package idornotes;");
        try (Stream<Path> left = Files.list(labs)) {
            assertThat(left).as("no staging folder is left behind").containsExactly(lab);
        }
        assertThat(Files.getPosixFilePermissions(lab)).as("the lab folder's permissions are those of any new folder")
                .isEqualTo(Files.getPosixFilePermissions(Files.createDirectory(labs.resolve("another"))));
    }

    @Test
    void anIdThatIsNotALabIdIsRefusedAndNothingIsWritten(@TempDir Path labs) throws IOException {
        for (String id : List.of("Idor_Notes", "idor--notes", "idor-", "idor notes", "../escape")) {
            CliTests.Run run = CliTests.fixpoint("lab", "new", id, "--labs", labs.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("'" + id + "' is not a lab id");
        }
        try (Stream<Path> files = Files.list(labs)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anExistingFolderIsNeverOverwritten(@TempDir Path labs) throws IOException {
        Path mine = Files.createDirectories(labs.resolve("idor-notes")).resolve("lab.yaml");
        Files.writeString(mine, "mine");

        CliTests.Run run = CliTests.fixpoint("lab", "new", "idor-notes", "--labs", labs.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(labs.resolve("idor-notes") + " already exists; nothing was written");
        assertThat(Files.readString(mine)).isEqualTo("mine");
        try (Stream<Path> files = Files.list(labs.resolve("idor-notes"))) {
            assertThat(files).containsExactly(mine);
        }
    }

    @Test
    void aRuntimeThatIsNotThereIsNotAvailableYetAndTheRuntimesThereAreNamed(@TempDir Path labs) throws IOException {
        CliTests.Run run = CliTests.fixpoint("lab", "new", "idor-notes", "--runtime", "terraform", "--labs", labs.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("the runtime 'terraform' is not available yet; the runtimes there are: java, spring-boot");
        try (Stream<Path> files = Files.list(labs)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theServicePackageIsAJavaNameWhateverTheId() {
        assertThat(LabScaffold.packageName("idor-notes")).isEqualTo("idornotes");
        assertThat(LabScaffold.packageName("new")).isEqualTo("labnew");
        assertThat(LabScaffold.packageName("9-lives")).isEqualTo("lab9lives");
        assertThat(LabScaffold.packageName("checks")).isEqualTo("labchecks");
    }
}
