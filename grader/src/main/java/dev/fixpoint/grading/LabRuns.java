package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.catalog.LabManifest.CheckSpec;
import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.grading.GradeReport.Timings;
import dev.fixpoint.sandbox.Rehearsal;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.Submission;
import dev.fixpoint.sandbox.WorkerProcess;
import dev.fixpoint.sandbox.WorkerProcess.StartResult;
import dev.fixpoint.sandbox.WorkerSpec;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/**
 * A grading's part in the sandbox: takes its workers (the visible checks' and, when the lab has hidden checks, a fresh
 * one for those), starts a compiled submission's services in each with per-run secrets, runs the checks against them
 * and releases the workers; and rehearses a lab in a pooled worker before a submission arrives.
 */
final class LabRuns {

    /** How long a worker may take to stop a run's services when the grader asks for the next run. */
    private static final Duration NEXT_RUN_TIMEOUT = Duration.ofSeconds(10);

    private final Sandbox sandbox;
    private final SecureRandom seeds = new SecureRandom();

    LabRuns(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** A submission compiled and scanned, with the lab's checks; or the report that ends its grading there. */
    record Prepared(LabRuntime.Preparation.Ready classes, CheckSuite suite, long compileMillis, GradeReport report) {
    }

    /** A grading's workers: the hidden checks' is null when the lab has none. */
    record Workers(WorkerProcess visible, WorkerProcess hidden) {
    }

    /** A grading's report, and whether its workers may serve the next run of a sequence. */
    record Outcome(GradeReport report, boolean workersReusable) {
    }

    static boolean hasHiddenChecks(Lab lab) {
        return lab.manifest().checks().stream().anyMatch(check -> check.visibility() == Visibility.HIDDEN);
    }

    /**
     * The visible checks' worker and, when {@code hidden}, the hidden checks' one, taken side by side from the pool of
     * workers that ran {@code rehearsal}: when the pool is empty (just after a start, or under load) each may have to wait
     * for a worker to start.
     */
    Workers acquire(WorkerSpec spec, boolean hidden, Rehearsal rehearsal) {
        return sideBySide(hidden, () -> sandbox.acquire(spec, rehearsal));
    }

    /** Workers for a sequence of {@code runs} trusted runs, started outside the pool. */
    Workers launchForRuns(WorkerSpec spec, boolean hidden, int runs) {
        return sideBySide(hidden, () -> sandbox.launchForRuns(spec, runs));
    }

    /** Destroys a grading's workers; nothing when {@code workers} is null. */
    void release(Workers workers) {
        if (workers == null) {
            return;
        }
        if (workers.visible() != null) {
            sandbox.release(workers.visible());
        }
        if (workers.hidden() != null) {
            sandbox.release(workers.hidden());
        }
    }

    /** Both of a grading's workers had from {@code worker} side by side; a worker taken when the other cannot be had is released. */
    private Workers sideBySide(boolean hidden, Supplier<WorkerProcess> worker) {
        CompletableFuture<WorkerProcess> hiddenWorker = hidden
                ? CompletableFuture.supplyAsync(worker, Thread::startVirtualThread) : CompletableFuture.completedFuture(null);
        WorkerProcess visibleWorker;
        try {
            visibleWorker = worker.get();
        } catch (RuntimeException e) {
            hiddenWorker.thenAccept(taken -> release(new Workers(null, taken)));
            throw e;
        }
        try {
            return new Workers(visibleWorker, hiddenWorker.join());
        } catch (java.util.concurrent.CompletionException e) {
            sandbox.release(visibleWorker);
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Starts the services and runs the checks against them: the visible checks in one worker, whose transcripts and
     * output the learner may see, and the hidden checks in a second, fresh worker of their own, from which only each
     * check's pass or fail leaves. Both run side by side, each with its own per-run secrets. With {@code again} (a
     * sequence of trusted runs) the workers then end the run and wait for the next, instead of being stopped.
     */
    Outcome run(Lab lab, Prepared prepared, long start, Workers workers, boolean again) {
        LabManifest manifest = lab.manifest();
        CheckSuite suite = prepared.suite();
        LabRuntime.Preparation.Ready classes = prepared.classes();
        long compileMillis = prepared.compileMillis();
        List<CheckSpec> visibleChecks = checks(manifest, Visibility.VISIBLE);
        List<CheckSpec> hiddenChecks = checks(manifest, Visibility.HIDDEN);
        long runStart = System.nanoTime();
        try (Run visible = new Run(workers.visible(), manifest);
             Run hidden = workers.hidden() == null ? null : new Run(workers.hidden(), manifest)) {
            CompletableFuture<StartResult> hiddenStarted = hidden == null ? CompletableFuture.completedFuture(new StartResult.Ready())
                    : CompletableFuture.supplyAsync(() -> hidden.start(classes), Thread::startVirtualThread);
            StartResult started = visible.start(classes);
            StartResult hiddenStart = hiddenStarted.join();
            long startMillis = Grader.millisSince(runStart);
            if (!(started instanceof StartResult.Ready)) {
                return new Outcome(Reports.notStarted(lab, sandbox.isolation(), started, visible.worker.stopAndReadOutput(),
                        new Timings(compileMillis, startMillis, 0, Grader.millisSince(runStart), Grader.millisSince(start))), false);
            }
            if (!(hiddenStart instanceof StartResult.Ready)) {
                // What the hidden checks' worker said is not the learner's to read: only that it did not start.
                boolean forTime = hiddenStart instanceof StartResult.Gone gone && gone.killedForTime();
                return new Outcome(Reports.notStarted(lab, sandbox.isolation(), new StartResult.Gone("the services did not start for the hidden checks", forTime), "",
                        new Timings(compileMillis, startMillis, 0, Grader.millisSince(runStart), Grader.millisSince(start))), false);
            }
            long checksStart = System.nanoTime();
            CompletableFuture<CheckRunner.Outcome> hiddenOutcome = hidden == null
                    ? CompletableFuture.completedFuture(new CheckRunner.Outcome(List.of(), null))
                    : CompletableFuture.supplyAsync(() -> hidden.check(lab, suite, hiddenChecks), Thread::startVirtualThread);
            CheckRunner.Outcome outcome = visible.check(lab, suite, visibleChecks).and(hiddenOutcome.join(), manifest);
            long checksMillis = Grader.millisSince(checksStart);
            // Read to its end before the clock stops: the learner waits for it too.
            Optional<String> printed = again ? visible.worker.nextRun(NEXT_RUN_TIMEOUT) : Optional.empty();
            boolean hiddenEnded = again && (hidden == null || hidden.worker.nextRun(NEXT_RUN_TIMEOUT).isPresent());
            String output = printed.orElseGet(visible.worker::stopAndReadOutput);
            Timings timings = new Timings(compileMillis, startMillis, checksMillis, Grader.millisSince(runStart), Grader.millisSince(start));
            return new Outcome(Reports.ran(lab, sandbox.isolation(), outcome, output, timings), printed.isPresent() && hiddenEnded);
        }
    }

    /**
     * Rehearses {@code lab} in one worker: starts {@code prepared} (the lab's starter code, which the learner has) with
     * secrets of the rehearsal's own, sends it the visible checks, whatever they find, and ends the run.
     *
     * @return whether the worker ended the run and may serve a submission
     */
    boolean rehearse(Lab lab, Prepared prepared, WorkerProcess worker) {
        try (Run run = new Run(worker, lab.manifest())) {
            if (!(run.start(prepared.classes()) instanceof StartResult.Ready)) {
                return false;
            }
            run.check(lab, prepared.suite(), checks(lab.manifest(), Visibility.VISIBLE));
            return worker.nextRun(NEXT_RUN_TIMEOUT).isPresent();
        }
    }

    private static List<CheckSpec> checks(LabManifest manifest, Visibility visibility) {
        return manifest.checks().stream().filter(check -> check.visibility() == visibility).toList();
    }

    /** One worker's part of a run: its submission with its own secrets, its checks, and the lab's time limit. */
    private final class Run implements AutoCloseable {

        final WorkerProcess worker;
        private final LabManifest manifest;
        private final Duration wall;
        private final Map<String, String> secrets;
        private final ScheduledFuture<?> wallKill;

        Run(WorkerProcess worker, LabManifest manifest) {
            this.worker = worker;
            this.manifest = manifest;
            this.wall = Duration.ofSeconds(manifest.limits().wallSeconds());
            this.secrets = secrets(manifest, seeds);
            this.wallKill = worker.killAfter(wall, "the lab's time limit of " + wall.toSeconds() + " s was reached");
        }

        StartResult start(LabRuntime.Preparation.Ready classes) {
            Map<String, String> services = new LinkedHashMap<>();
            manifest.services().forEach(service -> services.put(service.name(),
                    classes.services().getOrDefault(service.name(), service.className())));
            return worker.start(new Submission(secrets, services, classes.classes(), classes.resources(), manifest.limits().requestMillis()), wall);
        }

        CheckRunner.Outcome check(Lab lab, CheckSuite suite, List<CheckSpec> checks) {
            Duration requestTimeout = Duration.ofMillis(manifest.limits().requestMillis() + 2_000L);
            return CheckRunner.run(lab, suite, checks, (service, request) -> worker.exchange(service, request, requestTimeout), secrets, seeds);
        }

        /** Stops the run's clock; the worker is released, or kept for the next run, by whoever acquired it. */
        @Override
        public void close() {
            wallKill.cancel(false);
        }
    }

    /** Per-run values for every declared secret, different in every run and for every worker. */
    private static Map<String, String> secrets(LabManifest manifest, SecureRandom random) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String name : manifest.secrets()) {
            StringBuilder value = new StringBuilder();
            for (int i = 0; i < 24; i++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            secrets.put(name, value.toString());
        }
        return secrets;
    }
}
