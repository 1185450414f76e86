package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.grading.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The measurements `fixpoint bench` makes besides one-at-a-time latency: under concurrency, and the naive way. */
final class BenchRuns {

    private BenchRuns() {
    }

    /**
     * Gradings of the lab's solution with {@code concurrency} submitted at once, {@code total} in all.
     *
     * @param perSecond  gradings finished per second of wall-clock time
     * @param latency    each grading's time from submission to verdict, waiting for a worker included
     */
    record Concurrent(double perSecond, Percentiles latency) {
    }

    /**
     * Starting a worker to ready, from the AOT cache and without it, alternately, {@code samples} times each.
     *
     * @param withAot    wall-clock and CPU milliseconds with the cache (null where no cache could be trained)
     * @param withoutAot the same without it
     */
    record StartCosts(Percentiles wallWithAot, Percentiles cpuWithAot, Percentiles wallWithoutAot, Percentiles cpuWithoutAot) {
    }

    static StartCosts startCosts(Grader grader, Lab lab, int samples) {
        var spec = grader.workerSpec(lab);
        boolean aot = grader.startsFromAotCache(lab);
        long[][] figures = new long[4][samples];
        for (int i = 0; i < samples; i++) {
            var without = grader.sandbox().measureStart(spec, false);
            figures[2][i] = without.wallMillis();
            figures[3][i] = without.cpuMillis();
            if (aot) {
                var with = grader.sandbox().measureStart(spec, true);
                figures[0][i] = with.wallMillis();
                figures[1][i] = with.cpuMillis();
            }
        }
        return new StartCosts(aot ? Percentiles.of(figures[0]) : null, aot ? Percentiles.of(figures[1]) : null,
                Percentiles.of(figures[2]), Percentiles.of(figures[3]));
    }

    static Concurrent concurrent(Grader grader, Lab lab, int concurrency, int total) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Long>> gradings = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                gradings.add(threads.submit(() -> {
                    long submitted = System.nanoTime();
                    GradeReport report = grader.grade(lab, lab.solutionFiles());
                    if (report.verdict() != Verdict.SECURE) {
                        throw new IllegalStateException(lab.id() + " graded " + report.verdict() + " under load: " + report.summary());
                    }
                    return (System.nanoTime() - submitted) / 1_000_000L;
                }));
            }
            long[] latencies = new long[total];
            for (int i = 0; i < total; i++) {
                latencies[i] = gradings.get(i).get(5, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Concurrent(total / seconds, Percentiles.of(latencies));
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * The naive grader, per submission: `./mvnw -o -q test` on the project `fixpoint lab pull` writes, with the
     * solution in place (its visible checks only, no sandbox). The median of {@code runs} wall-clock times.
     */
    static long naiveMedianMillis(Lab lab, int runs, String mavenRepository) throws IOException, InterruptedException {
        Path project = Files.createTempDirectory("fixpoint-naive-").resolve(lab.id());
        PulledProject.write(lab, project, Installation.detect());
        for (var file : lab.solutionFiles().entrySet()) {
            Files.writeString(PulledProject.projectPath(project, file.getKey()), file.getValue());
        }
        List<String> command = new ArrayList<>(List.of("./mvnw", "-o", "-q", "test"));
        if (mavenRepository != null) {
            command.add("-Dmaven.repo.local=" + mavenRepository);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(project.resolve("naive-" + i + ".log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            long start = System.nanoTime();
            Process maven = builder.start();
            if (!maven.waitFor(5, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                maven.destroyForcibly();
                throw new IllegalStateException("./mvnw -o -q test failed for " + lab.id() + "; see " + project.resolve("naive-" + i + ".log"));
            }
            times.add((System.nanoTime() - start) / 1_000_000L);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
