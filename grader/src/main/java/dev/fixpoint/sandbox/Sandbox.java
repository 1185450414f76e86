package dev.fixpoint.sandbox;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts sandbox workers and keeps a few ready per class path (and rehearsal, {@link Rehearsal}), so that a submission
 * takes a warm worker instead of waiting for a JVM to start. Each worker serves one submission and is then destroyed. (It is long
 * because the pool, the start of a worker in either isolation mode, the AOT caches' training runs (the workers' and the
 * set-up JVM's) and the start measurements all build the same command line under the same limits; split, they would
 * share most of their state.)
 */
public final class Sandbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Sandbox.class.getName());
    /**
     * How long a worker may take from launch to ready, its runtime's warm-up included: a spring-boot worker takes 4 to 5 s
     * on an idle machine, and several times that while every core is busy.
     */
    private static final Duration HELLO_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(30);

    private final SandboxSettings settings;
    private final int javaFeature;
    private final Isolation isolation;
    private final List<Path> hostLibraries;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("sandbox-timer"));
    private final ExecutorService refill = Executors.newFixedThreadPool(2, daemon("sandbox-refill"));
    /** Per spec and rehearsal, the ready workers and the pre-starts under way. */
    private final Map<WorkerPool.Key, WorkerPool> pools = new ConcurrentHashMap<>();
    private final Optional<AotCache> aotCache;
    /** The set-up JVM's AOT cache (bubblewrap with the lockdown only), kept by the lockdown jar as its "class path". */
    private final Optional<AotCache> setUpCache;
    private final WorkerSpec setUpSpec;
    private final Optional<Path> lockdown;
    private final WorkerStats stats = new WorkerStats();
    /** Training runs under way, ended on {@link #close}: a stopped grader leaves no training behind. */
    private final java.util.Set<Process> trainings = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * How workers are isolated on this machine.
     *
     * @param full        whether workers are fully isolated: bubblewrap's namespaces and the kernel lockdown, proven here
     * @param namespaces  whether workers run in their own namespaces under bubblewrap (with or without the lockdown)
     * @param cgroups     whether a cgroup bounds each worker's memory and tasks
     * @param description what the operator should know, including why isolation is reduced
     */
    public record Isolation(boolean full, boolean namespaces, boolean cgroups, String description) {

        /** One line for reports: the level, then what it consists of. */
        public String summary() {
            return (full ? "full" : "REDUCED") + ": " + description;
        }
    }

    public Sandbox(SandboxSettings settings) {
        this.settings = settings;
        this.javaFeature = javaFeature(settings.javaHome());
        List<Path> libraries = settings.isolation() == IsolationSetting.PROCESS ? List.of() : HostLibraries.of(settings.javaHome());
        IsolationProbe.Result probed = IsolationProbe.detect(settings, javaFeature,
                settings.kernelFilter() ? LockdownModule.locate() : Optional.empty(), libraries);
        this.isolation = probed.isolation();
        this.lockdown = probed.workerLockdown();
        this.hostLibraries = isolation.namespaces() ? libraries : List.of();
        if (isolation.cgroups()) {
            Cgroup.removeStale();
        }
        if (!isolation.full() && settings.isolation() == IsolationSetting.REQUIRED) {
            LOG.log(Level.ERROR, "Submissions will NOT be graded: full isolation is required, but " + isolation.description()
                    + ". To grade with reduced isolation anyway, set FIXPOINT_SANDBOX_ISOLATION=reduced (see docs/security.md).");
        } else if (!isolation.full()) {
            LOG.log(Level.WARNING, "Isolation is REDUCED (fixpoint.sandbox.isolation=" + settings.isolation().name().toLowerCase(java.util.Locale.ROOT)
                    + "): " + isolation.description());
        }
        // JDK 25 is the first release whose AOT cache takes the application class path with a one-step workflow we rely on.
        this.aotCache = settings.aotCache() != null && javaFeature >= 25
                ? Optional.of(new AotCache(settings.aotCache(), fingerprint(), this::trainingStep))
                : Optional.empty();
        this.setUpSpec = new WorkerSpec(lockdown.map(List::of).orElse(List.of()));
        this.setUpCache = aotCache.isPresent() && isolation.namespaces() && lockdown.isPresent()
                ? Optional.of(new AotCache(settings.aotCache().resolve("set-up"), javaRelease() + "\n" + WorkerCommand.setUpJvmFlags(),
                        this::setUpTrainingStep))
                : Optional.empty();
    }

    public Isolation isolation() {
        return isolation;
    }

    /** Whether this sandbox grades at all: with full isolation, or with reduced isolation the operator accepted. */
    public boolean usable() {
        return isolation.full() || settings.isolation() != IsolationSetting.REQUIRED;
    }

    public SandboxSettings settings() {
        return settings;
    }

    /**
     * Takes a ready worker for {@code spec}, or starts one, and starts a replacement in the background.
     *
     * @throws SandboxUnavailableException when full isolation is required but not available, or no worker starts
     */
    public WorkerProcess acquire(WorkerSpec spec) {
        return acquire(spec, Rehearsal.NONE);
    }

    /**
     * Takes a ready worker for {@code spec} that has run {@code rehearsal}, or starts one (which, not to keep the caller
     * waiting, has not), and starts a rehearsed replacement in the background.
     *
     * @throws SandboxUnavailableException when full isolation is required but not available, or no worker starts
     */
    public WorkerProcess acquire(WorkerSpec spec, Rehearsal rehearsal) {
        if (!usable()) {
            throw new SandboxUnavailableException("Full isolation is required (fixpoint.sandbox.isolation=required) but "
                    + isolation.description() + ". To grade with reduced isolation anyway, set FIXPOINT_SANDBOX_ISOLATION=reduced.");
        }
        WorkerPool pool = pool(spec, rehearsal);
        WorkerProcess worker = pool.take(HELLO_TIMEOUT.toNanos());
        if (worker == null) {
            try {
                worker = launch(spec);
            } catch (SandboxUnavailableException e) {
                // A worker can die while starting (the machine killed it, a limit was hit); one more try before giving up.
                worker = launch(spec);
            }
        }
        refill(pool);
        return worker;
    }

    private WorkerPool pool(WorkerSpec spec, Rehearsal rehearsal) {
        WorkerPool pool = pools.computeIfAbsent(new WorkerPool.Key(spec, rehearsal.name()),
                key -> new WorkerPool(spec, settings.poolSize(), rehearsal));
        pool.rehearsal(rehearsal);
        return pool;
    }

    /**
     * Destroys a worker that has served its submission. The kill is sent now; waiting for the process to go
     * and removing its cgroup and scratch folder happen in the background, off the grading's critical path.
     */
    public void release(WorkerProcess worker) {
        long peak = worker.peakResidentKiB();
        worker.kill();
        if (peak > 0) {
            stats.released(peak);
        }
        stats.rehearsed(worker.rehearsed());
        refill.execute(worker::close);
    }

    /**
     * Waits until {@code spec} has a full pool of ready workers, as an idle grader would: for measuring the
     * latency a submission sees when it arrives at a warm grader.
     *
     * @return whether the pool filled within {@code timeout}
     */
    public boolean awaitReady(WorkerSpec spec, Duration timeout) throws InterruptedException {
        return awaitReady(spec, Rehearsal.NONE, timeout);
    }

    /** As {@link #awaitReady(WorkerSpec, Duration)}, for the pool of workers that have run {@code rehearsal}. */
    public boolean awaitReady(WorkerSpec spec, Rehearsal rehearsal, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        WorkerPool pool = pool(spec, rehearsal);
        if (awaitAotCache(spec, timeout)) {
            // An idle grader that has run for a while has replaced the workers it started before the cache was trained.
            pool.replace(worker -> !worker.startedFromAotCache(), this::release);
        }
        refill(pool);
        while (pool.readyCount() < pool.target()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Starts workers in the background until {@code spec} has a full pool of ready ones. */
    public void warm(WorkerSpec spec) {
        refill(pool(spec, Rehearsal.NONE));
    }

    /**
     * Keeps the settings' pool size of gradings ready for {@code spec} from now on, {@code workersPerGrading} workers
     * each (a grading with hidden checks takes two), and starts them in the background.
     */
    public void warm(WorkerSpec spec, int workersPerGrading) {
        warm(spec, workersPerGrading, Rehearsal.NONE);
    }

    /** As {@link #warm(WorkerSpec, int)}, with workers that each run {@code rehearsal} before they enter the pool. */
    public void warm(WorkerSpec spec, int workersPerGrading, Rehearsal rehearsal) {
        WorkerPool pool = pool(spec, rehearsal);
        pool.target(settings.poolSize() * workersPerGrading);
        refill(pool);
    }

    /**
     * Starts the workers a pool lacks, counting those already starting, each as a task of its own so that two start side
     * by side (the refill threads): a learner who opens a lab needs both of a grading's workers at once.
     */
    private void refill(WorkerPool pool) {
        int missing = pool.startMissing(!closed && usable());
        for (int i = 0; i < missing; i++) {
            try {
                refill.execute(() -> preStart(pool));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                pool.finished();
            }
        }
    }

    private void preStart(WorkerPool pool) {
        try {
            if (!closed) {
                pool.add(launchRehearsed(pool));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not pre-start a worker: " + e.getMessage());
        } finally {
            pool.finished();
        }
        if (closed) {
            pool.closeAll();
        }
    }

    /**
     * A worker for {@code pool} that has run its rehearsal, with the CPU time of two runs; when the rehearsal fails, a
     * fresh worker without one (fail closed: never a worker in an unknown state).
     */
    private WorkerProcess launchRehearsed(WorkerPool pool) {
        Rehearsal rehearsal = pool.rehearsal();
        if (rehearsal == Rehearsal.NONE) {
            return launch(pool.spec);
        }
        WorkerProcess worker = launch(pool.spec, 2);
        Rehearsal.Result result;
        try {
            result = rehearsal.rehearse(worker, pool::wanted);
        } catch (RuntimeException e) {
            result = Rehearsal.Result.UNFIT;
        }
        if (result != Rehearsal.Result.UNFIT && worker.isAlive()) {
            worker.rehearsed(result == Rehearsal.Result.REHEARSED);
            return worker;
        }
        LOG.log(Level.WARNING, "a worker's rehearsal (" + rehearsal.name() + ") failed; the pool takes a worker without one");
        release(worker);
        return launch(pool.spec);
    }

    WorkerProcess launch(WorkerSpec spec) {
        return launch(spec, 1);
    }

    /**
     * Starts a worker, outside the pool, for {@code runs} runs of trusted code one after another
     * ({@link WorkerProcess#nextRun}), with the CPU time of as many workers. For verifying a lab, whose code is all its
     * author's: never for a learner's submission, which a fresh worker serves alone.
     *
     * @throws SandboxUnavailableException as {@link #acquire} does
     */
    public WorkerProcess launchForRuns(WorkerSpec spec, int runs) {
        if (!usable()) {
            throw new SandboxUnavailableException("Full isolation is required (fixpoint.sandbox.isolation=required) but " + isolation.description());
        }
        return launch(spec, runs);
    }

    private WorkerProcess launch(WorkerSpec spec, int runs) {
        Optional<AotCache.Use> aot = aotCache.flatMap(cache -> cache.forSpec(spec));
        WorkerProcess worker;
        try {
            worker = start(spec, aot, runs);
        } catch (SandboxUnavailableException e) {
            if (aot.isEmpty()) {
                throw e;
            }
            aotCache.get().markUnusable(spec, e.getMessage());
            worker = start(spec, Optional.empty(), runs);
        }
        // Only now, with a worker ready: training must not take the CPU the first workers a learner waits for need.
        if (!worker.startedFromAotCache()) {
            aotCache.ifPresent(cache -> cache.requestTraining(spec));
        }
        setUpCache.ifPresent(cache -> cache.requestTraining(setUpSpec));
        return worker;
    }

    /** The peak resident memory of the last workers released (at most 1,000), in KiB, oldest first. */
    public List<Long> recentWorkerPeaksKiB() {
        return stats.peakKiB();
    }

    /** Whether each of the last workers released (at most 1,000) had rehearsed its lab before it served, oldest first. */
    public List<Boolean> recentWorkersRehearsed() {
        return stats.rehearsed();
    }

    /** How long the last workers started (at most 1,000) took from launch to ready, in milliseconds, oldest first. */
    public List<Long> recentWorkerStartsMillis() {
        return stats.startMillis();
    }

    /** Whether workers of {@code spec} now start from a trained AOT cache. */
    public boolean startsFromAotCache(WorkerSpec spec) {
        return aotCache.map(cache -> cache.isReady(spec)).orElse(false);
    }

    /**
     * Waits until the AOT cache for {@code spec}, and the set-up JVM's, are trained (it starts training them if it had not),
     * for measuring workers as a grader that has been running for a while has them.
     *
     * @return whether workers of {@code spec} start from the cache
     */
    public boolean awaitAotCache(WorkerSpec spec, Duration timeout) throws InterruptedException {
        if (aotCache.isEmpty()) {
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!awaitTrained(aotCache.get(), spec, deadline)
                || setUpCache.isPresent() && !awaitTrained(setUpCache.get(), setUpSpec, deadline)) {
            return false;
        }
        return startsFromAotCache(spec);
    }

    /** Whether {@code cache} was trained for {@code spec}, or found unusable, before the deadline; starts training it if need be. */
    private static boolean awaitTrained(AotCache cache, WorkerSpec spec, long deadline) throws InterruptedException {
        cache.requestTraining(spec);
        while (cache.forSpec(spec).isEmpty() && !cache.isUnusable(spec)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** What starting one worker cost, from launch to ready: wall-clock time, and CPU time of all its processes. */
    public record StartCost(long wallMillis, long cpuMillis) {
    }

    /**
     * Starts one worker of {@code spec}, from its trained AOT cache or without one, waits until it is ready, measures
     * it and destroys it: for benchmarks that compare the two side by side.
     *
     * @throws IllegalStateException when {@code fromAotCache} but no cache is trained for {@code spec}
     */
    public StartCost measureStart(WorkerSpec spec, boolean fromAotCache) {
        Optional<AotCache.Use> aot = fromAotCache ? aotCache.flatMap(cache -> cache.forSpec(spec)) : Optional.empty();
        if (fromAotCache && aot.isEmpty()) {
            throw new IllegalStateException("no AOT cache is trained for this class path");
        }
        long launched = System.nanoTime();
        WorkerProcess worker = start(spec, aot, 1);
        long wall = (System.nanoTime() - launched) / 1_000_000L;
        long cpu = worker.cpuMillis();
        worker.close();
        return new StartCost(wall, cpu);
    }

    private WorkerProcess start(WorkerSpec spec, Optional<AotCache.Use> aot, int runs) {
        Path scratch = scratchFolder();
        SandboxSettings limits = settings.forWorker(spec).forRuns(runs);
        Optional<Cgroup> cgroup = isolation.cgroups() ? Cgroup.create(limits.memoryMiB() * 1024L * 1024L, limits.maxTasks()) : Optional.empty();
        List<String> full = new ArrayList<>();
        cgroup.ifPresent(group -> full.addAll(group.joinCommand()));
        full.addAll(command(limits, spec, scratch, cgroup.isPresent(), aot, setUpCache.flatMap(cache -> cache.forSpec(setUpSpec)),
                settings.warmUp() ? List.of() : List.of(WorkerCommand.NO_WARM_UP)));
        try {
            long launched = System.nanoTime();
            WorkerProcess worker = new WorkerProcess(processBuilder(full, scratch).start(), cgroup, scratch, timer,
                    settings.outputKiB() * 1024, aot.isPresent());
            if (!worker.awaitHello(HELLO_TIMEOUT)) {
                String output = worker.output();
                // The time limit kills a slow worker before this line: that is a timeout, not an exit of its own.
                String why = worker.isAlive() || worker.killedForTime() ? "was not ready within " + HELLO_TIMEOUT.toSeconds() + " s (is the machine overloaded?)"
                        : "exited before it was ready";
                worker.close();
                throw new SandboxUnavailableException("a worker did not start: it " + why + ": " + (output.isBlank() ? "no output" : output.strip()));
            }
            stats.started((System.nanoTime() - launched) / 1_000_000L);
            return worker;
        } catch (IOException e) {
            cgroup.ifPresent(Cgroup::remove);
            throw new SandboxUnavailableException("cannot start a worker: " + e.getMessage());
        }
    }

    /** One step of training an AOT cache: a worker that runs its warm-up and no submission, then ends; at the lowest priority. */
    private void trainingStep(WorkerSpec spec, AotCache.Use use) throws IOException, InterruptedException {
        Path scratch = scratchFolder();
        runTraining(WorkerCommand.atLowestPriority(command(settings.forWorker(spec).forTraining(), spec, scratch, false, Optional.of(use), Optional.empty(), List.of())),
                scratch, use);
    }

    /** One step of training the set-up JVM's AOT cache: the set-up without the worker, at the lowest priority. */
    private void setUpTrainingStep(WorkerSpec ignored, AotCache.Use use) throws IOException, InterruptedException {
        runTraining(WorkerCommand.atLowestPriority(WorkerCommand.bubblewrap(settings.forTraining(), setUpSpec, hostLibraries, javaFeature, 0,
                Optional.empty(), lockdown, Optional.of(use), List.of())), null, use);
        if (use.step() == AotCache.Step.RECORD && !Files.isRegularFile(use.dir().resolve(AotCache.CONFIGURATION))) {
            throw new IOException("the set-up JVM recorded nothing");
        }
    }

    /** Runs a training step's command to its end; a step that ends the set-up JVM on purpose ends with status 1. */
    private void runTraining(List<String> command, Path scratch, AotCache.Use use) throws IOException, InterruptedException {
        Process process = processBuilder(command, scratch).redirectErrorStream(true).start();
        trainings.add(process);
        try {
            // With no submission coming, the worker ends after its warm-up, which is what the cache records.
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(64 * 1024);
            // At the lowest priority a training takes as long as the machine is busy with anything else: that is the point.
            if (!process.waitFor(TRAINING_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                throw new IOException(use.step() + " did not finish within " + TRAINING_TIMEOUT.toMinutes() + " minutes");
            }
            if (closed) {
                throw new InterruptedException("the sandbox was closed while an AOT cache was being trained");
            }
            boolean setUpEnded = command.contains("/fixpoint/set-up-training-ends-here") && process.exitValue() == 1;
            if (process.exitValue() != 0 && !setUpEnded) {
                throw new IOException(use.step() + " ended with exit code " + process.exitValue() + ": "
                        + new String(output, java.nio.charset.StandardCharsets.UTF_8).strip());
            }
        } finally {
            process.destroyForcibly();
            trainings.remove(process);
            if (scratch != null) {
                WorkerProcess.deleteTree(scratch);
            }
        }
    }

    private Path scratchFolder() {
        if (isolation.namespaces()) {
            return null;
        }
        Path root = settings.scratchRoot() != null ? settings.scratchRoot() : Path.of(System.getProperty("java.io.tmpdir"));
        try {
            return Files.createTempDirectory(root, "fixpoint-worker-");
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.toString();
            throw new SandboxUnavailableException(reason.contains("No space left")
                    ? "the grader's scratch space " + root + " is full; grading resumes once space is freed there"
                    : "cannot make a scratch folder for a worker in " + root + ": " + reason);
        }
    }

    private List<String> command(SandboxSettings limits, WorkerSpec spec, Path scratch, boolean inCgroup, Optional<AotCache.Use> aot,
                                 Optional<AotCache.Use> setUpAot, List<String> workerArguments) {
        long maxUserTasks = inCgroup ? 0 : UserTasks.limitAllowing(limits.maxTasks());
        return isolation.namespaces()
                ? WorkerCommand.bubblewrap(limits, spec, hostLibraries, javaFeature, maxUserTasks, aot, lockdown, setUpAot, workerArguments)
                : WorkerCommand.plainProcess(limits, spec, javaFeature, scratch, maxUserTasks, aot, lockdown, workerArguments);
    }

    /** How every worker process is started: a cleared environment with only what it needs. */
    static ProcessBuilder processBuilder(List<String> command, Path scratch) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("LANG", "C.UTF-8");
        // Few malloc arenas: each reserves 64 MiB of address space, which the workers' RLIMIT_AS counts.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        builder.environment().put(WorkerCommand.JAVAC_OPTIONS, WorkerCommand.NO_JAVAC);
        if (scratch != null) {
            builder.directory(scratch.toFile());
            builder.environment().put("HOME", scratch.toString());
        }
        return builder;
    }

    /** What a trained cache depends on besides the class path: the JDK, the workers' JVM flags and how they are isolated. */
    private String fingerprint() {
        return javaRelease() + "\n" + isolation.namespaces() + "\n" + lockdown.isPresent() + "\n"
                + WorkerCommand.jvmFlags(settings, javaFeature, "/tmp");
    }

    /** The JDK that runs workers: where it is and its release file, which names its exact build. */
    private String javaRelease() {
        String release;
        try {
            release = Files.readString(settings.javaHome().resolve("release"));
        } catch (IOException e) {
            release = Runtime.version().toString();
        }
        return settings.javaHome().toAbsolutePath() + "\n" + release;
    }

    @Override
    public void close() {
        closed = true;
        pools.values().forEach(WorkerPool::closeAll);
        refill.shutdown();
        try {
            refill.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pools.values().forEach(WorkerPool::closeAll);
        trainings.forEach(Process::destroyForcibly);
        aotCache.ifPresent(AotCache::close);
        setUpCache.ifPresent(AotCache::close);
        timer.shutdownNow();
    }

    private static int javaFeature(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // Fall back to the running JVM's version.
        }
        return Runtime.version().feature();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return Thread.ofPlatform().daemon().name(name + "-", 0).factory();
    }
}
