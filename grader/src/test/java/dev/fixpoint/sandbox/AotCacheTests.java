package dev.fixpoint.sandbox;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Workers start from an AOT cache trained for their class path, and start without it when it cannot be used. */
@Tag("sandbox")
class AotCacheTests {

    private static WorkerSpec workerOnly() {
        assumeTrue(WorkerOnly.packaged(), "the worker, lab host and lab API are packaged as jars (mvn verify)");
        return WorkerOnly.spec();
    }

    private static Sandbox sandbox(Path cache) {
        SandboxSettings settings = SandboxSettings.defaults().withPoolSize(0).withAotCache(cache);
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches for workers need JDK 25");
        return new Sandbox(settings);
    }

    @Test
    void aWorkerStartsFromTheCacheTrainedForItsClassPathAndServes(@TempDir Path cache) throws Exception {
        WorkerSpec spec = workerOnly();
        try (Sandbox sandbox = sandbox(cache)) {
            assertThat(sandbox.startsFromAotCache(spec)).isFalse();
            assertThat(sandbox.awaitAotCache(spec, Duration.ofMinutes(5))).as("the cache was trained").isTrue();
            assertThat(cacheFiles(cache)).as("one for the class path, besides the set-up JVM's")
                    .filteredOn(file -> !file.startsWith(cache.resolve("set-up"))).hasSize(1);

            assertServes(sandbox, spec);
            // Workers start with -XX:AOTMode=on: had the JVM refused the cache, the worker would have failed and the cache been dropped.
            assertThat(sandbox.startsFromAotCache(spec)).isTrue();
        }
        try (Sandbox restarted = sandbox(cache)) {
            assertThat(restarted.startsFromAotCache(spec)).isFalse();
            assertThat(restarted.awaitAotCache(spec, Duration.ofSeconds(5))).as("a restarted grader finds the cache at once").isTrue();
        }
    }

    @Test
    void theFirstWorkerStartsWithoutWaitingForTheCacheWhichIsTrainedOnceItIsReady(@TempDir Path cache) throws Exception {
        WorkerSpec spec = workerOnly();
        try (Sandbox sandbox = sandbox(cache)) {
            WorkerProcess first = sandbox.acquire(spec);
            try {
                assertThat(first.startedFromAotCache()).isFalse();
                assertThat(sandbox.startsFromAotCache(spec)).isFalse();
                assertThat(eventuallyNotEmpty(cache)).as("training began once the worker was ready").isTrue();
            } finally {
                first.close();
            }
            assertThat(sandbox.awaitAotCache(spec, Duration.ofMinutes(5))).isTrue();
            WorkerProcess later = sandbox.acquire(spec);
            try {
                assertThat(later.startedFromAotCache()).isTrue();
            } finally {
                later.close();
            }
        }
    }

    @Test
    void theSetUpJvmGetsACacheOfItsOwnTrainedInTheBackgroundAndWorkersStillServeWithIt(@TempDir Path cache) throws Exception {
        WorkerSpec spec = workerOnly();
        assumeTrue(SandboxFixture.bubblewrapInstalled(), "the set-up JVM runs under bubblewrap only");
        try (Sandbox sandbox = sandbox(cache)) {
            assumeTrue(sandbox.isolation().full(), "the set-up JVM runs with the kernel lockdown only");
            assertServes(sandbox, spec);
            Path setUp = cache.resolve("set-up");
            for (int i = 0; i < 3000 && !(Files.isDirectory(setUp) && !cacheFiles(setUp).isEmpty()); i++) {
                Thread.sleep(100);
            }
            assertThat(cacheFiles(cache)).as("the set-up JVM's cache, beside the workers'").anyMatch(file -> file.startsWith(setUp));

            assertServes(sandbox, spec);
        }
    }

    @Test
    void aDamagedCacheIsNoticedAndWorkersStartWithoutIt(@TempDir Path cache) throws Exception {
        WorkerSpec spec = workerOnly();
        try (Sandbox sandbox = sandbox(cache)) {
            assertThat(sandbox.awaitAotCache(spec, Duration.ofMinutes(5))).isTrue();
            // The set-up JVM's cache too, where there is one: the set-up JVM then starts without it (-XX:AOTMode=auto).
            for (Path file : cacheFiles(cache)) {
                Files.write(file, new byte[] {1, 2, 3});
            }

            assertServes(sandbox, spec);
            assertThat(sandbox.startsFromAotCache(spec)).isFalse();
            assertServes(sandbox, spec);
        }
    }

    private static void assertServes(Sandbox sandbox, WorkerSpec spec) {
        WorkerProcess worker = sandbox.acquire(spec);
        try {
            assertThat(worker.start(new Submission(Map.of(), Map.of(), Map.of(), Map.of(), 1000), Duration.ofSeconds(10)))
                    .isInstanceOf(WorkerProcess.StartResult.Ready.class);
        } finally {
            worker.close();
        }
    }

    private static boolean eventuallyNotEmpty(Path folder) throws Exception {
        for (int i = 0; i < 500; i++) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        return true;
                    }
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static List<Path> cacheFiles(Path cache) throws Exception {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(path -> path.getFileName().toString().equals(AotCache.CACHE)).toList();
        }
    }
}
