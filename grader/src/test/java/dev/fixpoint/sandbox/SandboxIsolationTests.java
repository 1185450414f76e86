package dev.fixpoint.sandbox;

import dev.fixpoint.lab.LabService;
import dev.fixpoint.worker.WorkerProtocol;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the sandbox does when bubblewrap is missing: refuse when isolation is required, else warn and fall back. */
class SandboxIsolationTests {

    private static final SandboxSettings NO_BUBBLEWRAP = SandboxSettings.defaults().withPoolSize(0).withBubblewrap("/nonexistent/bwrap");

    private static WorkerSpec workerOnly() throws URISyntaxException {
        return new WorkerSpec(List.of(location(WorkerProtocol.class), location(LabService.class)));
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void requiredIsolationRefusesToGradeWithoutBubblewrapAndSaysWhy() throws Exception {
        try (Sandbox sandbox = new Sandbox(NO_BUBBLEWRAP.withIsolation(IsolationSetting.REQUIRED))) {
            assertThat(sandbox.isolation().full()).isFalse();
            assertThatThrownBy(() -> sandbox.acquire(workerOnly()))
                    .isInstanceOf(SandboxUnavailableException.class)
                    .hasMessageContaining("Full isolation is required")
                    .hasMessageContaining("'/nonexistent/bwrap' was not found")
                    .hasMessageContaining("Install the package 'bubblewrap'");
        }
    }

    @Test
    void preferredIsolationFallsBackToAPlainProcessThatStillServes() throws Exception {
        try (Sandbox sandbox = new Sandbox(NO_BUBBLEWRAP.withIsolation(IsolationSetting.PREFERRED))) {
            assertThat(sandbox.isolation().full()).isFalse();
            assertThat(sandbox.isolation().description()).contains("plain child processes", "share the host's network");
            WorkerProcess worker = sandbox.acquire(workerOnly());
            try {
                assertThat(worker.start(new Submission(Map.of(), Map.of(), Map.of(), 1000), java.time.Duration.ofSeconds(10)))
                        .isInstanceOf(WorkerProcess.StartResult.Ready.class);
            } finally {
                worker.close();
            }
        }
    }

    @Test
    void theSettingIsReadStrictly() {
        System.setProperty("fixpoint.sandbox.isolation", "sometimes");
        try {
            assertThatThrownBy(IsolationSetting::fromEnvironment).hasMessageContaining("must be required, preferred or process, got 'sometimes'");
        } finally {
            System.clearProperty("fixpoint.sandbox.isolation");
        }
    }

    @Test
    void withBubblewrapEveryWorkerIsFullyIsolated() {
        try (Sandbox sandbox = new Sandbox(SandboxSettings.defaults().withPoolSize(0).withIsolation(IsolationSetting.PREFERRED))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(sandbox.isolation().full(), "bubblewrap is installed on this machine");
            assertThat(sandbox.isolation().description()).contains("own namespaces", "no network but its own loopback");
        }
    }
}
