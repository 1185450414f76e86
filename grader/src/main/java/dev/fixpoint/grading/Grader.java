package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.catalog.LabManifest.CheckSpec;
import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.grading.GradeReport.Timings;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.Submission;
import dev.fixpoint.sandbox.WorkerGoneException;
import dev.fixpoint.sandbox.WorkerProcess;
import dev.fixpoint.sandbox.WorkerProcess.StartResult;
import dev.fixpoint.sandbox.WorkerSpec;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;

/**
 * Grades submissions: compiles the learner's files with the lab's code, scans them against the lab's policy,
 * runs the services in a sandbox worker and attacks them from outside with the lab's checks. Thread-safe: at most as many
 * submissions run their services at once as the machine has cores; the others wait their turn. (It is long because a
 * grading's steps and getting a lab ready for them, compiles and workers, share the same caches and limits.)
 */
public final class Grader implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Grader.class.getName());
    /** Largest editable file accepted, in characters. */
    public static final int MAX_FILE_CHARS = 256 * 1024;
    private static final long COMPILE_TIMEOUT_MILLIS = 20_000;
    /** How long a worker of a sequence may take to stop a run's services. */
    private static final Duration NEXT_RUN_TIMEOUT = Duration.ofSeconds(10);

    private final Sandbox sandbox;
    private final InMemoryCompiler compiler = new InMemoryCompiler();
    private final Map<String, LabRuntime> runtimes;
    private final Path labApi;
    private final Map<String, CheckSuite> suites = new ConcurrentHashMap<>();
    private final java.util.concurrent.ExecutorService warming = java.util.concurrent.Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("grader-warm").factory());
    private final java.util.concurrent.ExecutorService preparing = java.util.concurrent.Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("grader-prepare").factory());
    private final java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final SecureRandom seeds = new SecureRandom();
    private final java.util.concurrent.atomic.AtomicInteger gradingsInProgress = new java.util.concurrent.atomic.AtomicInteger();

    public Grader(Installation installation, Sandbox sandbox) {
        this.sandbox = sandbox;
        this.runtimes = LabRuntime.load(installation);
        this.labApi = installation.labApi();
    }

    /** The libraries a lab's code and checks compile against, besides the lab API, from its runtime. */
    List<Path> runtimeLibraries(Lab lab) {
        return runtime(lab).libraries(lab);
    }

    /** The names of the runtimes this grader has, for labs' {@code runtime:}. */
    public java.util.Set<String> runtimeNames() {
        return new java.util.TreeSet<>(runtimes.keySet());
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /**
     * Gets this lab ready in the background, so that its first submission waits for none of it: starts the workers a grading
     * takes, and compiles the lab's fixed code and its checks (a first compile in a fresh JVM costs seconds of javac warm-up).
     */
    public void warm(Lab lab) {
        sandbox.warm(runtime(lab).worker(lab), workersPerGrading(lab));
        compileInBackground(warming, lab);
    }

    /**
     * Compiles these labs' fixed code and checks in the background, one lab after another, on a thread of its own: for a
     * server's start, so that a lab's first grading compiles only the learner's files, with a javac the JIT has warmed on
     * real work. A lab a learner opens meanwhile ({@link #warm}) does not wait its turn: it is compiled beside these.
     */
    public void prepare(List<Lab> labs) {
        labs.forEach(lab -> {
            try {
                preparing.execute(this::awaitNoGrading);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Closed.
            }
            compileInBackground(preparing, lab);
        });
    }

    /** Between two labs, preparation waits while a grading runs: on two cores it made the first grading's checks slower. */
    private void awaitNoGrading() {
        try {
            while (gradingsInProgress.get() > 0) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether this lab's fixed code and checks are compiled, so that a grading compiles only the learner's files. */
    public boolean prepared(Lab lab) {
        return runtime(lab).prepared(lab) && suites.containsKey(suiteKey(lab));
    }

    private void compileInBackground(java.util.concurrent.ExecutorService executor, Lab lab) {
        compileInBackground(executor, lab, 2);
    }

    private void compileInBackground(java.util.concurrent.ExecutorService executor, Lab lab, int tries) {
        try {
            executor.execute(() -> {
                try {
                    LabRuntime runtime = runtime(lab);
                    runtime.prepareLab(lab);
                    suite(lab, runtime.libraries(lab));
                } catch (RuntimeException e) {
                    if (tries > 1) {
                        // A compile can time out while a busy machine starts: once more, behind the labs queued after it.
                        compileInBackground(executor, lab, tries - 1);
                    } else {
                        // Its first grading compiles it again and reports what is wrong to the learner.
                        LOG.log(System.Logger.Level.WARNING, "lab " + lab.id() + " could not be prepared: " + e.getMessage());
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Closed: nothing more to get ready.
        }
    }

    /**
     * Warms the compiler in the background with a class of a few lines: a fresh JVM's first compile costs a second or more
     * of class loading and interpreted javac (--release's platform classes included), which a server pays at start
     * instead of on its first grading. For long-running graders; a one-off grading would only pay it twice.
     */
    public void warmCompiler() {
        try {
            warming.execute(() -> {
                try {
                    compiler.compile(Map.of("FixpointWarmUp.java", "import java.util.*; class FixpointWarmUp { "
                            + "List<String> names(Map<String, Integer> counts) { return new ArrayList<>(counts.keySet()); } }"),
                            List.of(labApi), COMPILE_TIMEOUT_MILLIS);
                } catch (TimeoutException | RuntimeException e) {
                    // Only a warm-up: the first grading compiles cold instead.
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Closed.
        }
    }

    /** A grading takes a worker for the visible checks and, when the lab has hidden ones, a fresh one for those. */
    private static int workersPerGrading(Lab lab) {
        return lab.manifest().checks().stream().anyMatch(check -> check.visibility() == Visibility.HIDDEN) ? 2 : 1;
    }

    /** The worker this lab's submissions run in, which is what the sandbox keeps pools and AOT caches by. */
    public WorkerSpec workerSpec(Lab lab) {
        return runtime(lab).worker(lab);
    }

    /** Whether this lab's workers now start from a trained AOT cache. */
    public boolean startsFromAotCache(Lab lab) {
        return sandbox.startsFromAotCache(runtime(lab).worker(lab));
    }

    /** Waits until this lab's pool of pre-started workers is full, as it is on an idle grader. */
    public boolean awaitWarm(Lab lab, Duration timeout) throws InterruptedException {
        warm(lab);
        return sandbox.awaitReady(runtime(lab).worker(lab), timeout);
    }

    /**
     * Grades one submission.
     *
     * @param files the lab's editable files (path relative to the lab folder, to content), every one of them
     * @throws IllegalArgumentException when {@code files} is not exactly the lab's editable files or one is too long
     * @throws dev.fixpoint.sandbox.SandboxUnavailableException when no sandbox worker can be had
     */
    public GradeReport grade(Lab lab, Map<String, String> files) {
        gradingsInProgress.incrementAndGet();
        try {
            return gradeCounted(lab, files);
        } finally {
            gradingsInProgress.decrementAndGet();
        }
    }

    private GradeReport gradeCounted(Lab lab, Map<String, String> files) {
        long start = System.nanoTime();
        Prepared prepared = prepare(lab, files, start);
        if (prepared.report() != null) {
            return prepared.report();
        }
        // More services running at once than the machine has cores only slows each down, until checks time out.
        running.acquireUninterruptibly();
        Workers workers = null;
        try {
            workers = acquire(runtime(lab).worker(lab), hasHiddenChecks(lab));
            return run(lab, prepared, start, workers, false).report();
        } finally {
            release(workers);
            running.release();
        }
    }

    /**
     * Grades submissions of one lab one after another in one pair of workers (one for the visible checks, one for the
     * hidden), each in a fresh run of the services with its own secrets. Only for verifying a lab, whose cases are all
     * its author's code: what a worker keeps from one run to the next (framework classes loaded, code compiled) makes a
     * run far cheaper than a fresh worker, and nothing of a learner's ever runs in such a worker. After a run that leaves
     * a worker unusable (it died, or did not end its run in time), the next runs get fresh workers.
     *
     * @param submissions each the lab's editable files, as {@link #grade} takes them
     */
    public List<GradeReport> gradeInSequence(Lab lab, List<Map<String, String>> submissions) {
        List<GradeReport> reports = new ArrayList<>();
        Workers workers = null;
        gradingsInProgress.incrementAndGet();
        try {
            for (int i = 0; i < submissions.size(); i++) {
                long start = System.nanoTime();
                Prepared prepared = prepare(lab, submissions.get(i), start);
                if (prepared.report() != null) {
                    reports.add(prepared.report());
                    continue;
                }
                running.acquireUninterruptibly();
                try {
                    if (workers == null) {
                        workers = launchForRuns(runtime(lab).worker(lab), hasHiddenChecks(lab), submissions.size() - i);
                    }
                    Outcome outcome = run(lab, prepared, start, workers, i < submissions.size() - 1);
                    reports.add(outcome.report());
                    if (!outcome.workersReusable()) {
                        release(workers);
                        workers = null;
                    }
                } finally {
                    running.release();
                }
            }
            return reports;
        } finally {
            release(workers);
            gradingsInProgress.decrementAndGet();
        }
    }

    /** A submission compiled and scanned, with the lab's checks; or the report that ends its grading there. */
    private record Prepared(LabRuntime.Preparation.Ready classes, CheckSuite suite, long compileMillis, GradeReport report) {
    }

    private Prepared prepare(Lab lab, Map<String, String> files, long start) {
        checkFiles(lab, files);
        LabRuntime runtime = runtime(lab);
        LabRuntime.Preparation prepared = runtime.prepare(lab, files);
        if (prepared instanceof LabRuntime.Preparation.Invalid invalid) {
            return new Prepared(null, null, 0, Reports.compileErrors(lab, sandbox.isolation(), invalid.errors(), millisSince(start)));
        }
        if (prepared instanceof LabRuntime.Preparation.Rejected rejected) {
            return new Prepared(null, null, 0, Reports.rejected(lab, sandbox.isolation(), rejected.violations(), millisSince(start)));
        }
        CheckSuite suite = suite(lab, runtime.libraries(lab));
        return new Prepared((LabRuntime.Preparation.Ready) prepared, suite, millisSince(start), null);
    }

    private static boolean hasHiddenChecks(Lab lab) {
        return lab.manifest().checks().stream().anyMatch(check -> check.visibility() == Visibility.HIDDEN);
    }

    /** Workers for a sequence of {@code runs} trusted runs, started outside the pool; the hidden checks' is null when the lab has none. */
    private Workers launchForRuns(WorkerSpec spec, boolean hidden, int runs) {
        return sideBySide(hidden, () -> sandbox.launchForRuns(spec, runs));
    }

    private void release(Workers workers) {
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

    /** A grading's report, and whether its workers may serve the next run of a sequence. */
    private record Outcome(GradeReport report, boolean workersReusable) {
    }

    /**
     * Starts the services and runs the checks against them: the visible checks in one worker, whose transcripts and
     * output the learner may see, and the hidden checks in a second, fresh worker of their own, from which only each
     * check's pass or fail leaves. Both run side by side, each with its own per-run secrets. With {@code again} (a
     * sequence of trusted runs) the workers then end the run and wait for the next, instead of being stopped.
     */
    private Outcome run(Lab lab, Prepared prepared, long start, Workers workers, boolean again) {
        LabManifest manifest = lab.manifest();
        CheckSuite suite = prepared.suite();
        LabRuntime.Preparation.Ready classes = prepared.classes();
        long compileMillis = prepared.compileMillis();
        List<CheckSpec> visibleChecks = manifest.checks().stream().filter(check -> check.visibility() == Visibility.VISIBLE).toList();
        List<CheckSpec> hiddenChecks = manifest.checks().stream().filter(check -> check.visibility() == Visibility.HIDDEN).toList();
        long runStart = System.nanoTime();
        Duration wall = Duration.ofSeconds(manifest.limits().wallSeconds());
        try (Run visible = new Run(workers.visible(), manifest, wall);
             Run hidden = workers.hidden() == null ? null : new Run(workers.hidden(), manifest, wall)) {
            CompletableFuture<StartResult> hiddenStarted = hidden == null ? CompletableFuture.completedFuture(new StartResult.Ready())
                    : CompletableFuture.supplyAsync(() -> hidden.start(classes), Thread::startVirtualThread);
            StartResult started = visible.start(classes);
            StartResult hiddenStart = hiddenStarted.join();
            long startMillis = millisSince(runStart);
            if (!(started instanceof StartResult.Ready)) {
                return new Outcome(Reports.notStarted(lab, sandbox.isolation(), started, visible.worker.stopAndReadOutput(),
                        new Timings(compileMillis, startMillis, 0, millisSince(runStart), millisSince(start))), false);
            }
            if (!(hiddenStart instanceof StartResult.Ready)) {
                // What the hidden checks' worker said is not the learner's to read: only that it did not start.
                boolean forTime = hiddenStart instanceof StartResult.Gone gone && gone.killedForTime();
                return new Outcome(Reports.notStarted(lab, sandbox.isolation(), new StartResult.Gone("the services did not start for the hidden checks", forTime), "",
                        new Timings(compileMillis, startMillis, 0, millisSince(runStart), millisSince(start))), false);
            }
            long checksStart = System.nanoTime();
            CompletableFuture<CheckRunner.Outcome> hiddenOutcome = hidden == null
                    ? CompletableFuture.completedFuture(new CheckRunner.Outcome(List.of(), null))
                    : CompletableFuture.supplyAsync(() -> hidden.check(lab, suite, hiddenChecks), Thread::startVirtualThread);
            CheckRunner.Outcome outcome = visible.check(lab, suite, visibleChecks).and(hiddenOutcome.join(), manifest);
            long checksMillis = millisSince(checksStart);
            // Read to its end before the clock stops: the learner waits for it too.
            Optional<String> printed = again ? visible.worker.nextRun(NEXT_RUN_TIMEOUT) : Optional.empty();
            boolean hiddenEnded = again && (hidden == null || hidden.worker.nextRun(NEXT_RUN_TIMEOUT).isPresent());
            String output = printed.orElseGet(visible.worker::stopAndReadOutput);
            Timings timings = new Timings(compileMillis, startMillis, checksMillis, millisSince(runStart), millisSince(start));
            return new Outcome(Reports.ran(lab, sandbox.isolation(), outcome, output, timings), printed.isPresent() && hiddenEnded);
        }
    }

    /**
     * The visible checks' worker and, when {@code hidden}, the hidden checks' one (else null), taken side by side: when the
     * pool is empty (just after a start, or under load) each may have to wait for a worker to start. A worker taken when
     * the other cannot be had is released.
     */
    private Workers acquire(WorkerSpec spec, boolean hidden) {
        return sideBySide(hidden, () -> sandbox.acquire(spec));
    }

    /** The visible checks' worker and, when {@code hidden}, the hidden checks' one, had side by side from {@code worker}. */
    private Workers sideBySide(boolean hidden, java.util.function.Supplier<WorkerProcess> worker) {
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

    /** A grading's workers: the hidden checks' is null when the lab has none. */
    private record Workers(WorkerProcess visible, WorkerProcess hidden) {
    }

    /** One worker's part of a grading: its submission with its own secrets, its checks, and its release. */
    private final class Run implements AutoCloseable {

        final WorkerProcess worker;
        private final LabManifest manifest;
        private final Duration wall;
        private final Map<String, String> secrets;
        private final ScheduledFuture<?> wallKill;

        Run(WorkerProcess worker, LabManifest manifest, Duration wall) {
            this.worker = worker;
            this.manifest = manifest;
            this.wall = wall;
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

    private static String suiteKey(Lab lab) {
        return lab.dir().toAbsolutePath() + "#" + lab.checkSources().hashCode();
    }

    private void checkFiles(Lab lab, Map<String, String> files) {
        List<String> editable = lab.manifest().editable();
        List<String> problems = new ArrayList<>();
        files.keySet().stream().filter(path -> !editable.contains(path))
                .forEach(path -> problems.add("'" + path + "' is not an editable file of lab " + lab.id() + " " + editable));
        editable.stream().filter(path -> !files.containsKey(path)).forEach(path -> problems.add("'" + path + "' is missing"));
        files.forEach((path, text) -> {
            if (text.length() > MAX_FILE_CHARS) {
                problems.add("'" + path + "' is longer than " + MAX_FILE_CHARS + " characters");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private CheckSuite suite(Lab lab, List<Path> libraries) {
        String key = suiteKey(lab);
        return suites.computeIfAbsent(key, ignored -> {
            try {
                InMemoryCompiler.Result checks = compiler.compile(lab.checkSources(), classPath(libraries), COMPILE_TIMEOUT_MILLIS);
                if (!checks.ok()) {
                    throw new IllegalStateException("the checks of lab " + lab.id() + " do not compile: " + checks.errors());
                }
                return CheckSuite.load(checks.classes(), libraries);
            } catch (TimeoutException e) {
                throw new IllegalStateException("compiling the checks of lab " + lab.id() + " timed out");
            }
        });
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

    private List<Path> classPath(List<Path> libraries) {
        List<Path> classPath = new ArrayList<>();
        classPath.add(labApi);
        classPath.addAll(libraries);
        return classPath;
    }

    LabRuntime runtime(Lab lab) {
        LabRuntime runtime = runtimes.get(lab.manifest().runtime());
        if (runtime == null) {
            throw new IllegalArgumentException("lab " + lab.id() + " needs runtime '" + lab.manifest().runtime() + "', which this Fixpoint lacks (it has " + runtimeNames() + ")");
        }
        return runtime;
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }

    @Override
    public void close() {
        warming.shutdownNow();
        preparing.shutdownNow();
        sandbox.close();
        runtimes.values().forEach(LabRuntime::close);
    }
}
