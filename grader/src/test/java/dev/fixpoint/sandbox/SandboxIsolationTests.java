package dev.fixpoint.sandbox;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the sandbox does when full isolation cannot be had (refuse unless the operator accepted reduced isolation), and that
 * it has full isolation on a machine with bubblewrap.
 */
@Tag("sandbox")
class SandboxIsolationTests {

    private static final SandboxSettings NO_BUBBLEWRAP = SandboxSettings.defaults().withPoolSize(0).withBubblewrap("/nonexistent/bwrap");

    private static WorkerSpec workerOnly() {
        return WorkerOnly.spec();
    }

    @Test
    void requiredIsolationRefusesToGradeWithoutBubblewrapAndSaysWhy() throws Exception {
        try (Sandbox sandbox = new Sandbox(NO_BUBBLEWRAP.withIsolation(IsolationSetting.REQUIRED))) {
            assertThat(sandbox.isolation().full()).isFalse();
            assertThatThrownBy(() -> sandbox.acquire(workerOnly()))
                    .isInstanceOf(SandboxUnavailableException.class)
                    .hasMessageContaining("Full isolation is required")
                    .hasMessageContaining("'/nonexistent/bwrap' cannot be run")
                    .hasMessageContaining("Install the package 'bubblewrap'")
                    .hasMessageContaining("FIXPOINT_SANDBOX_ISOLATION=reduced");
        }
    }

    @Test
    void acceptedReducedIsolationFallsBackToAPlainProcessThatStillServes() throws Exception {
        try (Sandbox sandbox = new Sandbox(NO_BUBBLEWRAP.withIsolation(IsolationSetting.REDUCED))) {
            assertThat(sandbox.isolation().full()).isFalse();
            assertThat(sandbox.isolation().description()).contains("plain child processes", "share the host's network", "the kernel filter");
            WorkerProcess worker = sandbox.acquire(workerOnly());
            try {
                assertThat(worker.start(new Submission(Map.of(), Map.of(), Map.of(), Map.of(), 1000), java.time.Duration.ofSeconds(10)))
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
            assertThatThrownBy(IsolationSetting::fromEnvironment).hasMessageContaining("must be required, reduced or process, got 'sometimes'");
        } finally {
            System.clearProperty("fixpoint.sandbox.isolation");
        }
    }

    @Test
    void fullIsolationIsRequiredUnlessTheOperatorSaysOtherwise() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("FIXPOINT_SANDBOX_ISOLATION") == null, "the environment sets the isolation");
        assertThat(IsolationSetting.fromEnvironment()).isEqualTo(IsolationSetting.REQUIRED);
    }

    @Test
    void withBubblewrapEveryWorkerIsFullyIsolated() {
        org.junit.jupiter.api.Assumptions.assumeTrue(SandboxFixture.bubblewrapInstalled(), "bubblewrap is installed on this machine");
        try (Sandbox sandbox = new Sandbox(SandboxSettings.defaults().withPoolSize(0))) {
            assertThat(sandbox.isolation().full()).as(sandbox.isolation().description()).isTrue();
            assertThat(sandbox.isolation().description()).contains("own namespaces", "no network but its own loopback", "noexec /tmp",
                    "seccomp filter", "no capabilities");
            assertThat(sandbox.usable()).isTrue();
        }
    }

    @Test
    void withoutTheKernelFilterIsolationIsReducedAndRequiredIsolationRefuses() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(SandboxFixture.bubblewrapInstalled(), "bubblewrap is installed on this machine");
        try (Sandbox sandbox = new Sandbox(SandboxSettings.defaults().withPoolSize(0).withKernelFilter(false).withIsolation(IsolationSetting.REQUIRED))) {
            assertThat(sandbox.isolation().full()).isFalse();
            assertThat(sandbox.isolation().namespaces()).as("bubblewrap still works without the lockdown").isTrue();
            assertThat(sandbox.isolation().description()).contains("without the kernel lockdown", "kernel lockdown is switched off");
            assertThat(sandbox.usable()).isFalse();
            assertThatThrownBy(() -> sandbox.acquire(workerOnly())).isInstanceOf(SandboxUnavailableException.class);
        }
    }
}
