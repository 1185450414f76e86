package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.grading.Verdict;
import dev.fixpoint.sandbox.IsolationSetting;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.SandboxSettings;

import java.time.Duration;
import java.util.List;

/**
 * What the workers' kernel lockdown (seccomp filter, the noexec /tmp set-up step, dropped capabilities) costs, measured
 * side by side in one run: a second grader whose workers skip it grades the same solution, alternately with the real
 * one, each grading on an idle warm grader; then worker starts the same way.
 *
 * @param gradingWith    total grading time with the lockdown, ms
 * @param gradingWithout the same without it
 * @param startWith      worker launch to ready with it (the set-up step is a JVM of its own), ms
 * @param startWithout   the same without it
 */
record LockdownCost(String lab, Percentiles gradingWith, Percentiles gradingWithout, Percentiles startWith, Percentiles startWithout) {

    /** A grader like the CLI's, but whose workers do not lock themselves down: reduced isolation, for this comparison only. */
    static Grader unlockedGrader() {
        return new Grader(Installation.detect(), new Sandbox(SandboxSettings.defaults().withPoolSize(1).withKernelFilter(false)
                .withIsolation(IsolationSetting.REDUCED)));
    }

    /** @param warmup unmeasured gradings on each grader first, so that both compile with a warm javac */
    static LockdownCost measure(Grader locked, Grader unlocked, Lab lab, int samples, int warmup) throws InterruptedException {
        for (int i = 0; i < warmup; i++) {
            timeOne(locked, unlocked, lab);
            timeOne(unlocked, locked, lab);
        }
        long[][] figures = new long[4][samples];
        for (int i = 0; i < samples; i++) {
            figures[0][i] = timeOne(locked, unlocked, lab);
            figures[1][i] = timeOne(unlocked, locked, lab);
        }
        for (int i = 0; i < samples; i++) {
            figures[2][i] = locked.sandbox().measureStart(locked.workerSpec(lab), false).wallMillis();
            figures[3][i] = unlocked.sandbox().measureStart(unlocked.workerSpec(lab), false).wallMillis();
        }
        return new LockdownCost(lab.id(), Percentiles.of(figures[0]), Percentiles.of(figures[1]), Percentiles.of(figures[2]),
                Percentiles.of(figures[3]));
    }

    /** One grading on {@code grader} once both graders' pools are full, so that neither grading competes with a worker start. */
    private static long timeOne(Grader grader, Grader other, Lab lab) throws InterruptedException {
        if (!other.awaitWarm(lab, Duration.ofSeconds(120)) || !grader.awaitWarm(lab, Duration.ofSeconds(120))) {
            throw new IllegalStateException("the worker pool of " + lab.id() + " did not fill within 120 s");
        }
        GradeReport report = grader.grade(lab, lab.solutionFiles());
        if (report.verdict() != Verdict.SECURE) {
            throw new IllegalStateException(lab.id() + ": the reference solution graded " + report.verdict() + ": " + report.summary());
        }
        return report.timings().totalMs();
    }

    static String table(List<LockdownCost> costs, int samples) {
        StringBuilder text = new StringBuilder(String.format("%n%-26s %13s %13s %8s %13s %13s %8s%n", "LAB", "GRADE LOCKED", "GRADE OPEN",
                "RATIO", "START LOCKED", "START OPEN", "RATIO"));
        for (LockdownCost cost : costs) {
            text.append(String.format("%-26s %13d %13d %8s %13d %13d %8s%n", cost.lab(), cost.gradingWith().p50(), cost.gradingWithout().p50(),
                    ratio(cost.gradingWith(), cost.gradingWithout()), cost.startWith().p50(), cost.startWithout().p50(),
                    ratio(cost.startWith(), cost.startWithout())));
        }
        text.append(String.format("The workers' kernel lockdown: p50 of %d gradings (ms, total) and %d worker starts (ms, launch to ready, "
                + "no AOT cache) each way, alternating between a grader whose workers lock down and one whose workers do not.%n", samples, samples));
        return text.toString();
    }

    private static String ratio(Percentiles with, Percentiles without) {
        return String.format("%.2fx", (double) with.p50() / Math.max(1, without.p50()));
    }
}
