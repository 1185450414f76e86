package dev.fixpoint.sandbox;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A full scratch disk on the host: workers that need a scratch folder there fail with a message that says so,
 * and grading resumes by itself once space is freed. The disk is a real tmpfs with few inodes, mounted by the test.
 */
@Tag("sandbox")
class ScratchSpaceTests {

    @TempDir
    Path dir;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    @Test
    void aFullScratchDiskIsNamedAndGradingResumesOnceSpaceIsFreed() throws Exception {
        mount = dir.resolve("scratch");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m,nr_inodes=32", "tmpfs", mount.toString()),
                "mounting a tmpfs needs root");
        List<Path> filler = fill(mount);
        SandboxSettings settings = SandboxSettings.defaults().withIsolation(IsolationSetting.PROCESS).withPoolSize(0)
                .withAotCache(null).withScratchRoot(mount);
        try (Sandbox sandbox = new Sandbox(settings)) {
            assertThatThrownBy(() -> sandbox.acquire(workerOnly()))
                    .isInstanceOf(SandboxUnavailableException.class)
                    .hasMessage("the grader's scratch space " + mount + " is full; grading resumes once space is freed there");

            for (Path file : filler) {
                Files.delete(file);
            }

            WorkerProcess worker = sandbox.acquire(workerOnly());
            try {
                assertThat(worker.start(new Submission(Map.of(), Map.of(), Map.of(), Map.of(), 1000), Duration.ofSeconds(10)))
                        .isInstanceOf(WorkerProcess.StartResult.Ready.class);
            } finally {
                worker.close();
            }
        }
    }

    /** Creates files until the file system refuses another. */
    private static List<Path> fill(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; ; i++) {
                files.add(Files.createFile(root.resolve("filler-" + i)));
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).isNotNull();
        }
        return files;
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    private static WorkerSpec workerOnly() {
        return WorkerOnly.spec();
    }
}
