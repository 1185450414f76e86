package dev.fixpoint.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The pool of pre-started workers a lab gets when a learner opens it, as the first grading after that uses it. */
class SandboxPoolTests {

    @Test
    void aGradingRightAfterALabIsOpenedStartsNoMoreWorkersThanTheTwoOpeningStartedAndTheirReplacements() throws Exception {
        WorkerSpec spec = workerOnly();
        // Without AOT caches: nothing replaces workers once a cache is trained, so every start counted is the pool's or the grading's.
        try (Sandbox sandbox = new Sandbox(SandboxSettings.defaults().withPoolSize(1).withAotCache(null))) {
            assumeTrue(sandbox.usable(), "workers can be started here");
            sandbox.warm(spec, 2);
            // Both of a grading's workers, taken side by side while the two pre-starts are still under way.
            CompletableFuture<WorkerProcess> hidden = CompletableFuture.supplyAsync(() -> sandbox.acquire(spec));
            WorkerProcess visible = sandbox.acquire(spec);
            WorkerProcess other = hidden.join();
            assertThat(other).isNotSameAs(visible);
            assertServes(visible);
            assertServes(other);
            sandbox.release(visible);
            sandbox.release(other);

            assertThat(sandbox.awaitReady(spec, Duration.ofMinutes(2))).isTrue();
            assertThat(sandbox.recentWorkerStartsMillis())
                    .as("the two workers opening the lab started and their two replacements, however the grading and the pre-starts interleave")
                    .hasSize(4);
        }
    }

    private static void assertServes(WorkerProcess worker) {
        assertThat(worker.start(new Submission(java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), 1000), Duration.ofSeconds(10)))
                .isInstanceOf(WorkerProcess.StartResult.Ready.class);
    }

    private static WorkerSpec workerOnly() {
        assumeTrue(WorkerOnly.packaged(), "the worker, lab host and lab API are packaged as jars (mvn verify)");
        return WorkerOnly.spec();
    }
}
