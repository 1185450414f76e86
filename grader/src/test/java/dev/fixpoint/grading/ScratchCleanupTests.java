package dev.fixpoint.grading;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.sandbox.IsolationSetting;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.SandboxSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without bubblewrap a worker's scratch folder is on the host and the host deletes it afterwards. Links a
 * submission plants there must not lead that deletion outside the folder (Judge0's CVE-2024-28185 was this).
 */
@Tag("sandbox")
class ScratchCleanupTests {

    @Test
    void linksPlantedInTheScratchFolderAreNotFollowedWhenItIsDeleted(@TempDir Path root) throws Exception {
        Path hostDir = Files.createDirectories(root.resolve("host-dir"));
        Path hostFile = Files.writeString(root.resolve("host-file.txt"), "keep me");
        Files.writeString(hostDir.resolve("inside.txt"), "keep me too");
        // The probe lab's exploit check "fails" when the probe returns this word: proof that the links were planted.
        Lab lab = ProbeLab.write(root.resolve("labs"), "planted");
        SandboxSettings settings = SandboxSettings.defaults().withIsolation(IsolationSetting.PROCESS).withPoolSize(0);

        try (Grader grader = new Grader(Installation.detect(), new Sandbox(settings))) {
            GradeReport report = grader.grade(lab, Map.of(ProbeLab.PROBE, ProbeLab.probe("""
                    Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
                    Files.createSymbolicLink(scratch.resolve("file-link"), Path.of("%s"));
                    Files.createSymbolicLink(scratch.resolve("dir-link"), Path.of("%s"));
                    return "planted";
                    """.formatted(hostFile, hostDir))));
            assertThat(report.verdict()).as("the probe ran and planted its links").isEqualTo(Verdict.VULNERABLE);
        }

        assertThat(hostFile).hasContent("keep me");
        assertThat(hostDir.resolve("inside.txt")).hasContent("keep me too");
    }
}
