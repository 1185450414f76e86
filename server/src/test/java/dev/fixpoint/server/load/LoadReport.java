package dev.fixpoint.server.load;

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of one load run, as a Markdown table for the console and for docs/performance.md.
 *
 * @param loadSeconds        how long learners started new attempts
 * @param drainSeconds       how long after that the last learners waited for their verdicts
 * @param submissionsPerLearner how many submissions each learner made
 * @param cpu                CPU time used from the first learner's arrival to the last one's end
 */
record LoadReport(int learners, double loadSeconds, double drainSeconds, int requests, int submitted, int confirmed,
                  Map<String, Integer> verdicts, double gradingsPerSecond, List<Integer> submissionsPerLearner,
                  Map<Kind, LoadStats.Percentiles> latencies, List<String> errors, CpuMeter.Use cpu) {

    static LoadReport of(LoadStats stats, int learners, double loadSeconds, double drainSeconds, List<Integer> submissionsPerLearner,
                         CpuMeter.Use cpu) {
        Map<Kind, LoadStats.Percentiles> latencies = new TreeMap<>();
        for (Kind kind : Kind.values()) {
            latencies.put(kind, stats.percentiles(kind));
        }
        return new LoadReport(learners, loadSeconds, drainSeconds, stats.requests(), stats.submitted(), stats.confirmedCount(),
                stats.verdicts(), stats.gradingsPerSecond(), List.copyOf(submissionsPerLearner), latencies, stats.errors(), cpu);
    }

    int fewestSubmissionsOfALearner() {
        return submissionsPerLearner.stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** Each distinct error with how often it happened. */
    Map<String, Long> errorCounts() {
        return errors.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    String markdown() {
        IntSummaryStatistics perLearner = submissionsPerLearner.stream().mapToInt(Integer::intValue).summaryStatistics();
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d learners, %.0f s of load, then %.1f s until the last verdict%n%n", learners, loadSeconds, drainSeconds));
        out.append(String.format("| requests | errors | submissions | graded right (API) | verdicts | per learner (min-max) | gradings/s |%n"));
        out.append("|---:|---:|---:|---:|---|---:|---:|\n");
        out.append(String.format("| %d | %d | %d | %d | %s | %d-%d | %.2f |%n%n", requests, errors.size(), submitted, confirmed,
                verdicts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")),
                perLearner.getMin(), perLearner.getMax(), gradingsPerSecond));
        out.append("| kind | count | p50 ms | p95 ms | p99 ms | max ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        latencies.forEach((kind, p) -> out.append(String.format("| %s | %d | %.0f | %.0f | %.0f | %.0f |%n",
                kind.label, p.count(), p.p50(), p.p95(), p.p99(), p.max())));
        double available = cpu.wallSeconds() * cpu.cores();
        out.append(String.format("%nCPU over %.0f s on %d cores (%.0f core-seconds): this JVM (server and simulated learners) %.0f s (%.0f %%), "
                        + "the whole machine (also the sandbox workers and anything else running on it) %.0f s (%.0f %%)%n",
                cpu.wallSeconds(), cpu.cores(), available, cpu.jvmSeconds(), 100 * cpu.jvmSeconds() / available,
                cpu.machineSeconds(), 100 * cpu.machineSeconds() / available));
        if (!errors.isEmpty()) {
            out.append("\nErrors:\n");
            errorCounts().forEach((error, count) -> out.append(String.format("- %d × %s%n", count, error)));
        }
        return out.toString();
    }
}
