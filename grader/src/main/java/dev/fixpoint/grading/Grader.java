package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.sandbox.Rehearsal;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.WorkerSpec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Sandbox sandbox;
    private final LabRuns runs;
    private final Map<String, Rehearsal> rehearsals = new ConcurrentHashMap<>();
    private volatile boolean rehearsing;
    private final InMemoryCompiler compiler = new InMemoryCompiler();
    private final Map<String, LabRuntime> runtimes;
    private final Path labApi;
    private final Map<String, CheckSuite> suites = new ConcurrentHashMap<>();
    private final java.util.concurrent.ExecutorService warming = java.util.concurrent.Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("grader-warm").factory());
    private final java.util.concurrent.ExecutorService preparing = java.util.concurrent.Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("grader-prepare").factory());
    private final java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final java.util.concurrent.atomic.AtomicInteger gradingsInProgress = new java.util.concurrent.atomic.AtomicInteger();

    public Grader(Installation installation, Sandbox sandbox) {
        this.sandbox = sandbox;
        this.runs = new LabRuns(sandbox);
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
        sandbox.warm(runtime(lab).worker(lab), workersPerGrading(lab), rehearsal(lab));
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
    public int workersPerGrading(Lab lab) {
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
        return sandbox.awaitReady(runtime(lab).worker(lab), rehearsal(lab), timeout);
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
        LabRuns.Prepared prepared = prepare(lab, files, start);
        if (prepared.report() != null) {
            return prepared.report();
        }
        // More services running at once than the machine has cores only slows each down, until checks time out.
        running.acquireUninterruptibly();
        LabRuns.Workers workers = null;
        try {
            workers = runs.acquire(runtime(lab).worker(lab), LabRuns.hasHiddenChecks(lab), rehearsal(lab));
            return runs.run(lab, prepared, start, workers, false).report();
        } finally {
            runs.release(workers);
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
        LabRuns.Workers workers = null;
        gradingsInProgress.incrementAndGet();
        try {
            for (int i = 0; i < submissions.size(); i++) {
                long start = System.nanoTime();
                LabRuns.Prepared prepared = prepare(lab, submissions.get(i), start);
                if (prepared.report() != null) {
                    reports.add(prepared.report());
                    continue;
                }
                running.acquireUninterruptibly();
                try {
                    if (workers == null) {
                        workers = runs.launchForRuns(runtime(lab).worker(lab), LabRuns.hasHiddenChecks(lab), submissions.size() - i);
                    }
                    LabRuns.Outcome outcome = runs.run(lab, prepared, start, workers, i < submissions.size() - 1);
                    reports.add(outcome.report());
                    if (!outcome.workersReusable()) {
                        runs.release(workers);
                        workers = null;
                    }
                } finally {
                    running.release();
                }
            }
            return reports;
        } finally {
            runs.release(workers);
            gradingsInProgress.decrementAndGet();
        }
    }

    /**
     * Whether pooled workers rehearse their lab before a submission arrives ({@link LabRehearsal}). Off unless switched on:
     * measured side by side on spring-boot labs it saved no time and cost the workers some 5 MiB (docs/performance.md);
     * {@code fixpoint bench --rehearse} switches it to measure again. Pools are kept per rehearsal, so a change takes
     * effect with the next workers taken.
     */
    public void rehearse(boolean on) {
        rehearsing = on;
    }

    /** What this lab's pooled workers run before a submission: its rehearsal, or none. */
    private Rehearsal rehearsal(Lab lab) {
        if (!rehearsing) {
            return Rehearsal.NONE;
        }
        String name = suiteKey(lab) + "#" + lab.starterFiles().hashCode();
        return rehearsals.computeIfAbsent(name, key -> new LabRehearsal(key, lab, runs,
                () -> prepare(lab, lab.starterFiles(), System.nanoTime()), () -> gradingsInProgress.get() > 0));
    }

    private LabRuns.Prepared prepare(Lab lab, Map<String, String> files, long start) {
        checkFiles(lab, files);
        LabRuntime runtime = runtime(lab);
        LabRuntime.Preparation prepared = runtime.prepare(lab, files);
        if (prepared instanceof LabRuntime.Preparation.Invalid invalid) {
            return new LabRuns.Prepared(null, null, 0, Reports.compileErrors(lab, sandbox.isolation(), invalid.errors(), millisSince(start)));
        }
        if (prepared instanceof LabRuntime.Preparation.Rejected rejected) {
            return new LabRuns.Prepared(null, null, 0, Reports.rejected(lab, sandbox.isolation(), rejected.violations(), millisSince(start)));
        }
        CheckSuite suite = suite(lab, runtime.libraries(lab));
        return new LabRuns.Prepared((LabRuntime.Preparation.Ready) prepared, suite, millisSince(start), null);
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
