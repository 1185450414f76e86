package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The first grading after a fresh start, as a learner sees it: a new JVM makes a grader (as a server does when it
 * starts), the learner opens the lab, and {@code delayMs} later presses *Run checks*. Measured {@code samples} times with an
 * empty AOT cache folder (a first start on this machine: caches are trained meanwhile) and with the caches already
 * trained (any later restart), alternately, each sample in a JVM of its own.
 *
 * @param empty   milliseconds from *Run checks* to the verdict with an empty AOT cache folder
 * @param trained the same with the trained caches in the default folder
 * @param graderStart milliseconds to make the grader (its isolation probe), with trained caches, before the lab is opened
 */
record ColdStart(String lab, long delayMs, Percentiles empty, Percentiles trained, Percentiles graderStart, String loadBefore, String loadAfter) {

    static ColdStart measure(Lab lab, long delayMs, int samples) throws IOException, InterruptedException {
        String loadBefore = loadAverage();
        long[][] figures = new long[3][samples];
        for (int i = 0; i < samples; i++) {
            Path emptyCache = Files.createTempDirectory("fixpoint-cold-aot-");
            try {
                figures[0][i] = sample(lab, delayMs, emptyCache).get("firstGradingMs").asLong();
            } finally {
                deleteTree(emptyCache);
            }
            JsonNode trained = sample(lab, delayMs, null);
            figures[1][i] = trained.get("firstGradingMs").asLong();
            figures[2][i] = trained.get("graderStartMs").asLong();
        }
        return new ColdStart(lab.id(), delayMs, Percentiles.of(figures[0]), Percentiles.of(figures[1]), Percentiles.of(figures[2]),
                loadBefore, loadAverage());
    }

    /** The machine's 1-minute load average (Linux), to say how busy it was: these figures depend on it more than any other. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** One fresh start in a JVM of its own, with the AOT caches in {@code aotCache} (null: the default folder). */
    private static JsonNode sample(Lab lab, long delayMs, Path aotCache) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto"));
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("fixpoint.")).sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FixpointCli.class.getName(), "bench-cold-start", lab.id(),
                "--delay", Long.toString(delayMs)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (aotCache != null) {
            builder.environment().put("FIXPOINT_SANDBOX_AOT_CACHE", aotCache.toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || output.isEmpty()) {
            process.destroyForcibly();
            throw new IllegalStateException("a cold start of " + lab.id() + " failed (exit " + (process.isAlive() ? "none" : process.exitValue())
                    + "): " + output);
        }
        JsonNode figures = JsonMapper.builder().build().readTree(output.lines().reduce((first, last) -> last).orElseThrow());
        if (!"SECURE".equals(figures.get("verdict").asString())) {
            throw new IllegalStateException(lab.id() + ": the reference solution graded " + figures.get("verdict") + " after a cold start");
        }
        return figures;
    }

    /** @param warmP50 each lab's warm one-at-a-time p50 from the same run, for comparison */
    static String table(List<ColdStart> colds, int samples, java.util.Map<String, Long> warmP50) {
        StringBuilder text = new StringBuilder(String.format("%n%-26s %8s %16s %16s %9s %13s %11s%n", "LAB", "DELAY", "COLD, NO CACHE", "COLD, CACHED",
                "WARM P50", "GRADER START", "LOAD"));
        for (ColdStart cold : colds) {
            text.append(String.format("%-26s %8d %9d/%-6d %9d/%-6d %9s %13d %11s%n", cold.lab(), cold.delayMs(), cold.empty().p50(), cold.empty().max(),
                    cold.trained().p50(), cold.trained().max(), warmP50.containsKey(cold.lab()) ? warmP50.get(cold.lab()) : "-",
                    cold.graderStart().p50(), cold.loadBefore() + "-" + cold.loadAfter()));
        }
        text.append(String.format("The first grading after a fresh start, ms from Run checks to the verdict, p50/max of %d fresh JVMs each way: "
                + "the lab opened DELAY ms before Run checks, with an empty AOT cache folder (trained meanwhile) and with the trained caches. "
                + "WARM P50: the one-at-a-time p50 above. GRADER START: making the grader (its isolation probe), before the lab is opened. LOAD: 1-minute load average before and after.%n", samples));
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
