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
        try (Sandbox sandbox = poolOfOne()) {
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

    @Test
    void aPooledWorkerHasRunItsRehearsalAndEndedThatRunBeforeACallerTakesIt() throws Exception {
        WorkerSpec spec = workerOnly();
        List<WorkerProcess> rehearsed = new java.util.concurrent.CopyOnWriteArrayList<>();
        Rehearsal rehearsal = rehearsal("an empty run", (worker, wanted) -> {
            assertServes(worker);
            rehearsed.add(worker);
            return worker.nextRun(Duration.ofSeconds(10)).isPresent() ? Rehearsal.Result.REHEARSED : Rehearsal.Result.UNFIT;
        });
        try (Sandbox sandbox = poolOfOne()) {
            sandbox.warm(spec, 1, rehearsal);
            assertThat(sandbox.awaitReady(spec, rehearsal, Duration.ofMinutes(2))).isTrue();

            WorkerProcess taken = sandbox.acquire(spec, rehearsal);

            assertThat(taken).isSameAs(rehearsed.getFirst());
            assertThat(taken.rehearsed()).isTrue();
            assertServes(taken);
            sandbox.release(taken);
            assertThat(sandbox.recentWorkersRehearsed()).containsExactly(true);
        }
    }

    @Test
    void aWorkerWhoseRehearsalLeftItUnusableIsDestroyedAndAFreshOneTakesItsPlace() throws Exception {
        WorkerSpec spec = workerOnly();
        List<WorkerProcess> rehearsed = new java.util.concurrent.CopyOnWriteArrayList<>();
        Rehearsal broken = rehearsal("a run that never ends", (worker, wanted) -> {
            rehearsed.add(worker);
            return Rehearsal.Result.UNFIT;
        });
        try (Sandbox sandbox = poolOfOne()) {
            sandbox.warm(spec, 1, broken);
            assertThat(sandbox.awaitReady(spec, broken, Duration.ofMinutes(2))).isTrue();

            WorkerProcess taken = sandbox.acquire(spec, broken);

            assertThat(rehearsed).hasSize(1).doesNotContain(taken);
            assertThat(taken.rehearsed()).isFalse();
            assertServes(taken);
            sandbox.release(taken);
        }
    }

    @Test
    void aCallerWhoNeedsAWorkerThatIsAboutToRehearseGetsItWithoutTheRehearsal() throws Exception {
        WorkerSpec spec = workerOnly();
        // The first rehearsal waits until a caller wants its worker; later ones (the replacement's) skip at once.
        List<WorkerProcess> rehearsing = new java.util.concurrent.CopyOnWriteArrayList<>();
        Rehearsal patient = rehearsal("a rehearsal that yields to callers", (worker, wanted) -> {
            rehearsing.add(worker);
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (rehearsing.size() == 1 && !wanted.getAsBoolean() && System.nanoTime() < deadline) {
                sleep(10);
            }
            return Rehearsal.Result.SKIPPED;
        });
        try (Sandbox sandbox = poolOfOne()) {
            sandbox.warm(spec, 1, patient);

            WorkerProcess taken = sandbox.acquire(spec, patient);

            assertThat(taken).as("the caller took the pre-start under way, not a worker of its own").isSameAs(rehearsing.getFirst());
            assertThat(taken.rehearsed()).isFalse();
            assertServes(taken);
            sandbox.release(taken);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Rehearsal rehearsal(String name, java.util.function.BiFunction<WorkerProcess, java.util.function.BooleanSupplier, Rehearsal.Result> run) {
        return new Rehearsal() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Result rehearse(WorkerProcess worker, java.util.function.BooleanSupplier wanted) {
                return run.apply(worker, wanted);
            }
        };
    }

    /**
     * A sandbox that keeps one grading's workers ready per pool, without AOT caches: nothing replaces workers once a cache
     * is trained, so every start counted is the pool's or the test's.
     */
    private static Sandbox poolOfOne() {
        Sandbox sandbox = new Sandbox(SandboxSettings.defaults().withPoolSize(1).withAotCache(null));
        if (!sandbox.usable()) {
            sandbox.close();
        }
        assumeTrue(sandbox.usable(), "workers can be started here");
        return sandbox;
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
