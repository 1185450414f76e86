package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The first grading after a fresh start, as a learner meets it: a server started as {@code ./fixpoint serve} starts it
 * ({@link FreshServer}), its administrator set up and signed in the moment it runs, the lab's page opened, and
 * {@code delayMs} later *Run checks* with the reference solution, as the page's htmx sends it and asks for the result.
 * Measured {@code samples} times on a machine that has started nothing yet (no AOT cache for the server, an empty folder
 * for the workers' caches, which are trained meanwhile) and as any later start (the caches the launcher and the sandbox
 * trained), alternately, each sample a server of its own.
 *
 * @param empty       milliseconds from *Run checks* to the verdict on the page, with no cache trained yet
 * @param trained     the same with the trained caches
 * @param serverStart milliseconds from launching the server's JVM until it runs, with the trained caches
 * @param compile     the first grading's compile step (its report's timings), both ways
 */
record ColdStart(String lab, long delayMs, Percentiles empty, Percentiles trained, Percentiles serverStart, Percentiles compile,
                 String loadBefore, String loadAfter) {

    static ColdStart measure(Lab lab, Path labs, long delayMs, int samples) throws IOException, InterruptedException {
        String loadBefore = loadAverage();
        long[][] figures = new long[4][samples];
        long[] compile = new long[2 * samples];
        for (int i = 0; i < samples; i++) {
            Path emptyCache = Files.createTempDirectory("fixpoint-cold-aot-");
            try {
                Sample sample = sample(lab, labs, delayMs, FreshServer.Launch.firstEver(emptyCache));
                figures[0][i] = sample.firstGradingMs();
                compile[2 * i] = sample.compileMs();
            } finally {
                deleteTree(emptyCache);
            }
            Sample trained = sample(lab, labs, delayMs, FreshServer.Launch.asServed());
            figures[1][i] = trained.firstGradingMs();
            figures[2][i] = trained.serverStartMs();
            compile[2 * i + 1] = trained.compileMs();
        }
        return new ColdStart(lab.id(), delayMs, Percentiles.of(figures[0]), Percentiles.of(figures[1]), Percentiles.of(figures[2]),
                Percentiles.of(compile), loadBefore, loadAverage());
    }

    /** One fresh start: how long the server took to run, and its first grading. */
    private record Sample(long serverStartMs, long firstGradingMs, long compileMs) {
    }

    /** The machine's 1-minute load average (Linux), to say how busy it was: these figures depend on it more than any other. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** One fresh server. */
    private static Sample sample(Lab lab, Path labs, long delayMs, FreshServer.Launch launch) throws IOException, InterruptedException {
        try (FreshServer server = FreshServer.start(labs, launch)) {
            long serverStart = server.millisSinceLaunch();
            server.setUpAndSignIn();
            server.openLab(lab.id());
            Thread.sleep(delayMs);
            long pressed = System.nanoTime();
            JsonNode submission = server.runChecks(lab.id(), lab.solutionFiles());
            long firstGrading = (System.nanoTime() - pressed) / 1_000_000L;
            JsonNode report = submission.path("report");
            if (!"SECURE".equals(report.path("verdict").asString(""))) {
                throw new IllegalStateException(lab.id() + ": the reference solution graded " + report.path("verdict") + " after a cold start: " + submission);
            }
            return new Sample(serverStart, firstGrading, report.path("timings").path("compileMs").asLong());
        }
    }

    /** @param warmP50 each lab's warm one-at-a-time p50 from the same run, for comparison */
    static String table(List<ColdStart> colds, int samples, java.util.Map<String, Long> warmP50) {
        StringBuilder text = new StringBuilder(String.format("%n%-26s %8s %16s %16s %9s %12s %13s %11s%n", "LAB", "DELAY", "COLD, NO CACHE", "COLD, CACHED",
                "WARM P50", "COMPILE P50", "SERVER START", "LOAD"));
        for (ColdStart cold : colds) {
            text.append(String.format("%-26s %8d %9d/%-6d %9d/%-6d %9s %12d %13d %11s%n", cold.lab(), cold.delayMs(), cold.empty().p50(), cold.empty().max(),
                    cold.trained().p50(), cold.trained().max(), warmP50.containsKey(cold.lab()) ? warmP50.get(cold.lab()) : "-",
                    cold.compile().p50(), cold.serverStart().p50(), cold.loadBefore() + "-" + cold.loadAfter()));
        }
        text.append(String.format("The first grading after a fresh start of the server, ms from Run checks to the verdict on the lab page, p50/max of %d "
                + "fresh servers each way: signed in and the lab page opened the moment the server runs, Run checks DELAY ms later; NO CACHE: no AOT "
                + "cache trained yet, for the server or its workers (trained meanwhile); CACHED: the caches ./fixpoint serve and the sandbox trained. "
                + "WARM P50: the one-at-a-time p50 above. COMPILE P50: the first grading's compile step, both ways. SERVER START: from launching its JVM "
                + "until it runs, cached. LOAD: 1-minute load average before and after.%n", samples));
        return text.toString();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder left behind is no reason to lose the measurements.
        }
    }
}
