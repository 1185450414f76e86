package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code fixpoint bench}: grading latency per lab with a warm grader, one submission at a time. Each lab's
 * reference solution is graded {@code --warmup} times unmeasured, then {@code --runs} times measured; before
 * each grading the bench waits until the lab's pool of pre-started workers is full, as on an idle grader, so
 * that a grading never competes with the start of the worker that replaces the previous one. With {@code --rehearse},
 * the pooled workers rehearse the lab first, which a server's do not (measured: no gain).
 */
@Command(name = "bench", description = "Measure grading latency per lab with a warm grader (p50, p95, and where the time goes).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "The labs to measure (default: all).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "30", description = "Measured gradings per lab (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "10", description = "Unmeasured gradings per lab first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--concurrency", defaultValue = "16", description = "Also grade this many submissions at once for throughput and p95; 0 to skip (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--naive", defaultValue = "3", description = "Also time this many runs of ./mvnw -o -q test on a pulled project per lab; 0 to skip (default ${DEFAULT-VALUE}).")
    int naiveRuns;

    @Option(names = "--starts", defaultValue = "10", description = "Worker starts to time per lab, from the AOT cache and without it, alternately (default ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--lockdown-cost", defaultValue = "10", description = "Also grade and start workers this many times each with "
            + "the workers' kernel lockdown and without it, alternately, to show what it costs; 0 to skip (default ${DEFAULT-VALUE}).")
    int lockdownSamples;

    @Option(names = "--cold", defaultValue = "3", description = "Also time the first grading after a fresh start of the server this many times per lab, "
            + "each a new server driven as the lab page drives it, with no AOT cache trained yet and with the trained ones, alternately; 0 to skip "
            + "(default ${DEFAULT-VALUE}).")
    int coldSamples;

    @Option(names = "--cold-delay", split = ",", defaultValue = "0,3000", paramLabel = "MS", description = "For --cold: milliseconds between "
            + "opening the lab and pressing Run checks, one or more (default ${DEFAULT-VALUE}).")
    List<Long> coldDelays;

    @Option(names = "--rehearse", defaultValue = "off", paramLabel = "on|off|both", description = "Whether the pooled workers rehearse the "
            + "lab (its starter code and visible checks) before each measured grading; a server's do not; both: alternately with and without, "
            + "a row each (default ${DEFAULT-VALUE}).")
    Rehearse rehearse;

    /** Which of the lab's pooled workers the measured gradings take. */
    enum Rehearse {
        on, off, both;

        List<Boolean> modes() {
            return switch (this) {
                case on -> List.of(true);
                case off -> List.of(false);
                case both -> List.of(true, false);
            };
        }
    }

    /** The measurements of one lab, in milliseconds. */
    record LabFigures(String lab, boolean rehearsed, long workersRehearsed, int workersServed, int services, Percentiles total, Percentiles compile, Percentiles start, Percentiles checks,
                      Workers workers, BenchRuns.StartCosts startCosts, BenchRuns.Concurrent loaded, Long naiveMs) {
    }

    /**
     * The workers that served the measured gradings.
     *
     * @param aotCache   whether they started from a trained AOT cache
     * @param startMs    launch to ready, off the grading's critical path
     * @param peakMiB    peak resident memory of each, rounded up
     */
    record Workers(boolean aotCache, Percentiles startMs, Percentiles peakMiB) {

        /** {@code peaksKiB}: the peaks of the workers that served the measured gradings, as {@link #servedBy} gives them. */
        static Workers of(Grader grader, Lab lab, int count, List<Long> peaksKiB) {
            List<Long> starts = grader.sandbox().recentWorkerStartsMillis();
            return new Workers(grader.startsFromAotCache(lab), Percentiles.of(last(starts, count)),
                    Percentiles.of(peaksKiB.stream().map(kib -> (kib + 1023) / 1024).toList()));
        }

        /** The peaks of the workers released by the grading just ended, which are the last ones released. */
        static List<Long> servedBy(Grader grader, Lab lab) {
            return last(grader.sandbox().recentWorkerPeaksKiB(), grader.workersPerGrading(lab));
        }

        private static List<Long> last(List<Long> samples, int count) {
            return samples.isEmpty() ? List.of(0L) : samples.subList(Math.max(0, samples.size() - count), samples.size());
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabCatalog catalog = Workspace.catalog(err);
        List<Lab> labs = ids.isEmpty() ? catalog.labs() : ids.stream().map(id -> Workspace.lab(catalog, id)).toList();
        List<LabFigures> figures = new ArrayList<>();
        List<LockdownCost> lockdown = new ArrayList<>();
        List<ColdStart> colds = new ArrayList<>();
        try (Grader grader = Workspace.grader(err, Math.max(2, concurrency), true)) {
            for (Lab lab : labs) {
                figures.addAll(measure(grader, lab));
                if (!json) {
                    err.printf("measured %s%n", lab.id());
                }
            }
            if (lockdownSamples > 0) {
                try (Grader unlocked = LockdownCost.unlockedGrader()) {
                    for (Lab lab : labs) {
                        lockdown.add(LockdownCost.measure(grader, unlocked, lab, lockdownSamples, warmup));
                    }
                }
            }
        }
        // After the warm grader is closed, so that no worker of its pool starts while a fresh one is timed.
        for (Lab lab : coldSamples > 0 ? labs : List.<Lab>of()) {
            for (long delay : coldDelays) {
                colds.add(ColdStart.measure(lab, Workspace.labsDir().toAbsolutePath(), delay, coldSamples));
            }
        }
        out.print(json ? toJson(figures, lockdown, colds) : toTable(figures) + (lockdown.isEmpty() ? "" : LockdownCost.table(lockdown, lockdownSamples))
                + (colds.isEmpty() ? "" : ColdStart.table(colds, coldSamples,
                figures.stream().collect(java.util.stream.Collectors.toMap(LabFigures::lab, lab -> lab.total().p50(), (first, second) -> first)))));
        out.flush();
        return 0;
    }

    /** One lab's figures, a row per rehearsal mode: each mode's gradings alternate with the other's, on the same grader. */
    private List<LabFigures> measure(Grader grader, Lab lab) throws Exception {
        List<Boolean> modes = rehearse.modes();
        java.util.Map<Boolean, List<GradeReport>> reports = new java.util.LinkedHashMap<>();
        java.util.Map<Boolean, List<Long>> peaks = new java.util.LinkedHashMap<>();
        java.util.Map<Boolean, List<Boolean>> rehearsedWorkers = new java.util.LinkedHashMap<>();
        for (boolean mode : modes) {
            grader.rehearse(mode);
            grader.warm(lab);
            for (int i = 0; i < warmup; i++) {
                grade(grader, lab);
            }
            reports.put(mode, new ArrayList<>());
            peaks.put(mode, new ArrayList<>());
            rehearsedWorkers.put(mode, new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (boolean mode : modes) {
                grader.rehearse(mode);
                if (!grader.awaitWarm(lab, Duration.ofSeconds(60))) {
                    throw new IllegalStateException("the worker pool of " + lab.id() + " did not fill within 60 s");
                }
                reports.get(mode).add(grade(grader, lab));
                List<Long> served = Workers.servedBy(grader, lab);
                peaks.get(mode).addAll(served);
                List<Boolean> rehearsals = grader.sandbox().recentWorkersRehearsed();
                int workers = grader.workersPerGrading(lab);
                rehearsedWorkers.get(mode).addAll(rehearsals.subList(Math.max(0, rehearsals.size() - workers), rehearsals.size()));
            }
        }
        List<LabFigures> figures = new ArrayList<>();
        for (boolean mode : modes) {
            grader.rehearse(mode);
            List<GradeReport> measured = reports.get(mode);
            figures.add(new LabFigures(lab.id(), mode, rehearsedWorkers.get(mode).stream().filter(Boolean::booleanValue).count(),
                    rehearsedWorkers.get(mode).size(), lab.manifest().services().size(),
                    Percentiles.of(measured.stream().mapToLong(report -> report.timings().totalMs()).toArray()),
                    Percentiles.of(measured.stream().mapToLong(report -> report.timings().compileMs()).toArray()),
                    Percentiles.of(measured.stream().mapToLong(report -> report.timings().startMs()).toArray()),
                    Percentiles.of(measured.stream().mapToLong(report -> report.timings().checksMs()).toArray()),
                    Workers.of(grader, lab, runs, peaks.get(mode)),
                    // What does not depend on the mode is measured once, in the first mode's row.
                    starts > 0 && figures.isEmpty() ? BenchRuns.startCosts(grader, lab, starts) : null,
                    concurrency > 0 && figures.isEmpty() ? BenchRuns.concurrent(grader, lab, concurrency, Math.max(runs, 2 * concurrency)) : null,
                    naiveRuns > 0 && figures.isEmpty() ? BenchRuns.naiveMedianMillis(lab, naiveRuns, System.getProperty("maven.repo.local")) : null));
        }
        return figures;
    }

    private static GradeReport grade(Grader grader, Lab lab) {
        GradeReport report = grader.grade(lab, lab.solutionFiles());
        if (report.verdict() != Verdict.SECURE) {
            throw new IllegalStateException(lab.id() + ": the reference solution graded " + report.verdict() + ": " + report.summary());
        }
        return report;
    }

    private String toTable(List<LabFigures> figures) {
        StringBuilder text = new StringBuilder(String.format("%-40s %3s %6s %6s %6s %6s %8s %6s %7s %5s %10s %11s %10s%n", "LAB", "SVC", "P50", "P95",
                "P99", "MAX", "COMPILE", "START", "CHECKS", "AOT", "WORKER UP", "WORKER MIB", "REHEARSED"));
        for (LabFigures lab : figures) {
            text.append(String.format("%-40s %3d %6d %6d %6d %6d %8d %6d %7d %5s %10d %5d/%-5d %10s%n", lab.rehearsed() ? lab.lab() : lab.lab() + " (no rehearsal)", lab.services(), lab.total().p50(),
                    lab.total().p95(), lab.total().p99(), lab.total().max(), lab.compile().p50(), lab.start().p50(), lab.checks().p50(),
                    lab.workers().aotCache() ? "yes" : "no", lab.workers().startMs().p50(), lab.workers().peakMiB().p50(), lab.workers().peakMiB().max(),
                    lab.workersRehearsed() + "/" + lab.workersServed()));
        }
        text.append(String.format("%d measured gradings per lab after %d unmeasured, one at a time, each on an idle warm grader; milliseconds, "
                + "p50 for COMPILE, START and CHECKS.%nWORKER UP: p50 launch to ready (off the critical path); WORKER MIB: p50/max peak "
                + "resident memory of the workers that served them; REHEARSED: how many of them had rehearsed the lab.%n%s%n", runs, warmup, switch (rehearse) {
                    case on -> "Each grading's workers had rehearsed the lab in the pool (its starter code and visible checks); a server's do not.";
                    case off -> "The workers had not rehearsed the lab, as a server's do not (--rehearse on or both to compare).";
                    case both -> "Rows without a suffix: the workers had rehearsed the lab in the pool; (no rehearsal): they had not, as a server's. "
                            + "The two alternated, grading by grading, on the same grader.";
                }));
        if (starts > 0) {
            text.append(String.format("%n%-26s %16s %16s %16s %16s%n", "LAB", "UP MS AOT", "UP MS NO AOT", "CPU MS AOT", "CPU MS NO AOT"));
            for (LabFigures lab : figures.stream().filter(lab -> lab.startCosts() != null).toList()) {
                BenchRuns.StartCosts costs = lab.startCosts();
                text.append(String.format("%-26s %16s %16d %16s %16d%n", lab.lab(), costs.wallWithAot() == null ? "-" : costs.wallWithAot().p50(),
                        costs.wallWithoutAot().p50(), costs.cpuWithAot() == null ? "-" : costs.cpuWithAot().p50(), costs.cpuWithoutAot().p50()));
            }
            text.append(String.format("Worker start to ready, p50 of %d alternating starts each way, on an otherwise idle grader.%n", starts));
        }
        if (concurrency > 0 || naiveRuns > 0) {
            text.append(String.format("%n%-28s %16s %12s %14s %10s%n", "LAB", "GRADINGS/S @" + concurrency, "P95 MS @" + concurrency,
                    "NAIVE MS", "RATIO"));
            for (LabFigures lab : figures) {
                text.append(String.format("%-28s %16s %12s %14s %10s%n", lab.lab(),
                        lab.loaded() == null ? "-" : String.format("%.1f", lab.loaded().perSecond()),
                        lab.loaded() == null ? "-" : lab.loaded().latency().p95(),
                        lab.naiveMs() == null ? "-" : lab.naiveMs(),
                        lab.naiveMs() == null ? "-" : String.format("%.0fx", (double) lab.naiveMs() / Math.max(1, lab.total().p50()))));
            }
            text.append("NAIVE: median of ./mvnw -o -q test on the pulled project (visible checks only, no sandbox); RATIO: naive / p50 above.\n");
        }
        return text.toString();
    }

    private static String toJson(List<LabFigures> figures, List<LockdownCost> lockdown, List<ColdStart> colds) {
        JsonMapper mapper = JsonMapper.builder().build();
        ArrayNode array = mapper.createArrayNode();
        for (LabFigures lab : figures) {
            var node = array.addObject().put("lab", lab.lab()).put("rehearsed", lab.rehearsed()).put("workersRehearsed", lab.workersRehearsed())
                    .put("services", lab.services());
            node.putObject("totalMs").put("p50", lab.total().p50()).put("p95", lab.total().p95()).put("p99", lab.total().p99())
                    .put("max", lab.total().max());
            node.putObject("compileMs").put("p50", lab.compile().p50()).put("p95", lab.compile().p95());
            node.putObject("startMs").put("p50", lab.start().p50()).put("p95", lab.start().p95());
            node.putObject("checksMs").put("p50", lab.checks().p50()).put("p95", lab.checks().p95());
            node.putObject("workers").put("aotCache", lab.workers().aotCache()).put("startMsP50", lab.workers().startMs().p50())
                    .put("peakMiBP50", lab.workers().peakMiB().p50()).put("peakMiBMax", lab.workers().peakMiB().max());
            if (lab.startCosts() != null) {
                var costs = node.putObject("workerStart");
                if (lab.startCosts().wallWithAot() != null) {
                    costs.put("wallMsAot", lab.startCosts().wallWithAot().p50()).put("cpuMsAot", lab.startCosts().cpuWithAot().p50());
                }
                costs.put("wallMsNoAot", lab.startCosts().wallWithoutAot().p50()).put("cpuMsNoAot", lab.startCosts().cpuWithoutAot().p50());
            }
            if (lab.loaded() != null) {
                node.putObject("concurrent").put("gradingsPerSecond", lab.loaded().perSecond()).put("p95", lab.loaded().latency().p95());
            }
            if (lab.naiveMs() != null) {
                node.put("naiveMs", lab.naiveMs());
            }
            lockdown.stream().filter(cost -> cost.lab().equals(lab.lab())).findFirst().ifPresent(cost -> node.putObject("lockdown")
                    .put("gradingMsP50", cost.gradingWith().p50()).put("gradingMsP50Without", cost.gradingWithout().p50())
                    .put("workerStartMsP50", cost.startWith().p50()).put("workerStartMsP50Without", cost.startWithout().p50()));
            var cold = node.putArray("cold");
            colds.stream().filter(sample -> sample.lab().equals(lab.lab())).forEach(sample -> cold.addObject().put("delayMs", sample.delayMs())
                    .put("firstGradingMsP50NoCache", sample.empty().p50()).put("firstGradingMsMaxNoCache", sample.empty().max())
                    .put("firstGradingMsP50Cached", sample.trained().p50()).put("firstGradingMsMaxCached", sample.trained().max())
                    .put("compileMsP50", sample.compile().p50()).put("serverStartMsP50", sample.serverStart().p50()).put("loadAverage", sample.loadBefore() + "-" + sample.loadAfter()));
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    }
}
