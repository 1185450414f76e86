package dev.fixpoint.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an AOT cache is trained, with a trainer that writes the JVM's files itself and stops where the test says, so that the
 * order of events is the test's to choose: training never holds up a worker, happens once, and is never seen half-done.
 */
class AotCacheTrainingTests {

    private static final byte[] COMPLETE_CACHE = "the whole cache".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Writes the recording, then half the cache; waits for {@code finish}; then writes the rest. Counts its steps. */
    private static final class SlowTrainer implements AotCache.Trainer {
        final CountDownLatch halfWritten = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);
        final AtomicInteger steps = new AtomicInteger();

        @Override
        public void run(WorkerSpec spec, AotCache.Use use) throws java.io.IOException, InterruptedException {
            steps.incrementAndGet();
            if (use.step() == AotCache.Step.RECORD) {
                Files.writeString(use.dir().resolve(AotCache.CONFIGURATION), "classes");
                return;
            }
            Path cache = use.dir().resolve(AotCache.CACHE);
            Files.write(cache, java.util.Arrays.copyOf(COMPLETE_CACHE, COMPLETE_CACHE.length / 2));
            halfWritten.countDown();
            finish.await(1, TimeUnit.MINUTES);
            Files.write(cache, COMPLETE_CACHE);
        }
    }

    private static WorkerSpec spec(Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("lab.jar"), "classes");
        return new WorkerSpec(List.of(jar));
    }

    @Test
    void nothingIsTrainedUntilTheSandboxAsksAndAWorkerNeverWaitsForTheTraining(@TempDir Path cache, @TempDir Path jars) throws Exception {
        WorkerSpec spec = spec(jars);
        SlowTrainer trainer = new SlowTrainer();
        try (AotCache aot = new AotCache(cache, "jdk", trainer)) {
            // What a worker start asks before it starts: the answer is "no cache", and asking starts no training.
            assertThat(aot.forSpec(spec)).isEmpty();
            assertThat(aot.isTraining(spec)).isFalse();
            assertThat(trainer.steps).hasValue(0);

            aot.requestTraining(spec);
            assertThat(trainer.halfWritten.await(1, TimeUnit.MINUTES)).isTrue();
            assertThat(aot.forSpec(spec)).as("a worker starting while the cache is trained starts at once, without it").isEmpty();
            assertThat(aot.isTraining(spec)).isTrue();
            trainer.finish.countDown();
            awaitReady(aot, spec);
            assertThat(aot.forSpec(spec)).isPresent();
        }
    }

    @Test
    void aCacheIsTrainedOnceHoweverManyWorkersAskForIt(@TempDir Path cache, @TempDir Path jars) throws Exception {
        WorkerSpec spec = spec(jars);
        SlowTrainer trainer = new SlowTrainer();
        try (AotCache aot = new AotCache(cache, "jdk", trainer)) {
            List<Thread> askers = Stream.generate(() -> Thread.ofPlatform().start(() -> aot.requestTraining(spec))).limit(8).toList();
            for (Thread asker : askers) {
                asker.join();
            }
            aot.requestTraining(spec);
            trainer.finish.countDown();
            awaitReady(aot, spec);
            aot.requestTraining(spec);
            assertThat(trainer.steps).as("one recording and one creation").hasValue(2);
        }
    }

    @Test
    void aCacheBeingWrittenIsSeenByNoGraderUntilItIsWhole(@TempDir Path cache, @TempDir Path jars) throws Exception {
        WorkerSpec spec = spec(jars);
        SlowTrainer trainer = new SlowTrainer();
        try (AotCache training = new AotCache(cache, "jdk", trainer)) {
            training.requestTraining(spec);
            assertThat(trainer.halfWritten.await(1, TimeUnit.MINUTES)).isTrue();

            assertThat(Files.exists(training.dir(spec))).as("the cache's folder appears only once it is complete").isFalse();
            try (AotCache otherGrader = new AotCache(cache, "jdk", new SlowTrainer())) {
                assertThat(otherGrader.forSpec(spec)).isEmpty();
            }

            trainer.finish.countDown();
            awaitReady(training, spec);
            assertThat(Files.readAllBytes(training.dir(spec).resolve(AotCache.CACHE))).isEqualTo(COMPLETE_CACHE);
            try (AotCache restarted = new AotCache(cache, "jdk", new SlowTrainer())) {
                assertThat(restarted.forSpec(spec)).isPresent();
            }
            try (Stream<Path> left = Files.list(cache)) {
                assertThat(left.map(path -> path.getFileName().toString()))
                        .as("no training or staging folder is left behind").noneMatch(name -> name.startsWith("training-") || name.startsWith("staged-"));
            }
        }
    }

    @Test
    void aSecondGraderWaitsForTheFirstOnesTrainingAndUsesItsCache(@TempDir Path cache, @TempDir Path jars) throws Exception {
        WorkerSpec spec = spec(jars);
        SlowTrainer first = new SlowTrainer();
        SlowTrainer second = new SlowTrainer();
        second.finish.countDown();
        try (AotCache one = new AotCache(cache, "jdk", first); AotCache other = new AotCache(cache, "jdk", second)) {
            one.requestTraining(spec);
            assertThat(first.halfWritten.await(1, TimeUnit.MINUTES)).isTrue();
            other.requestTraining(spec);
            first.finish.countDown();
            awaitReady(one, spec);
            awaitReady(other, spec);
            assertThat(second.steps).as("the second grader trained nothing").hasValue(0);
        }
    }

    @Test
    void trainingRunsAtTheLowestPriorityInASessionOfItsOwn() throws Exception {
        List<String> command = WorkerCommand.atLowestPriority(List.of("bwrap", "--unshare-all", "--new-session", "--", "/bin/sh", "-c",
                "cat /proc/self/stat"));
        assertThat(command).startsWith("setsid").doesNotContain("--new-session");

        // Run for real, without bubblewrap: the program it starts must see nice 19 and, where the kernel has autogroups, nice 19 there too.
        List<String> probe = WorkerCommand.atLowestPriority(List.of("/bin/sh", "-c",
                "echo nice $(cut -d' ' -f19 /proc/self/stat); cat /proc/self/autogroup 2>/dev/null || true"));
        Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("nice 19");
        if (Files.exists(Path.of("/proc/self/autogroup"))) {
            assertThat(output).containsPattern("/autogroup-\\d+ nice 19");
        }
    }

    @Test
    void theSetUpJvmStartsFromItsCacheWhenTrainedAndEndsInsteadOfBecomingTheWorkerWhileTrained(@TempDir Path dir) throws Exception {
        SandboxSettings settings = SandboxSettings.defaults();
        WorkerSpec spec = spec(dir);
        Optional<Path> lockdown = Optional.of(dir.resolve("lockdown.jar"));
        List<String> using = WorkerCommand.bubblewrap(settings, spec, List.of(), 25, 0, Optional.empty(), lockdown,
                Optional.of(new AotCache.Use(dir, AotCache.Step.USE)), List.of());
        assertThat(String.join(" ", using)).contains("--ro-bind " + dir + " /fixpoint/set-up-aot", "-XX:AOTMode=auto",
                "-XX:AOTCache=/fixpoint/set-up-aot/" + AotCache.CACHE, WorkerCommand.WORKER_MAIN);

        List<String> recording = WorkerCommand.bubblewrap(settings, spec, List.of(), 25, 0, Optional.empty(), lockdown,
                Optional.of(new AotCache.Use(dir, AotCache.Step.RECORD)), List.of());
        assertThat(String.join(" ", recording)).contains("--bind " + dir + " /fixpoint/set-up-aot", "-XX:AOTMode=record")
                .doesNotContain(WorkerCommand.WORKER_MAIN);
        assertThat(recording.getLast()).as("a program that does not exist, so that the set-up JVM ends").startsWith("/fixpoint/");
    }

    private static void awaitReady(AotCache aot, WorkerSpec spec) throws InterruptedException {
        for (int i = 0; i < 3000 && aot.forSpec(spec).isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertThat(aot.forSpec(spec)).as("the cache was trained").isPresent();
    }
}
