package dev.fixpoint.sandbox;

import java.nio.file.Path;

/**
 * Limits and choices for every sandbox worker.
 *
 * @param isolation     how strictly workers must be isolated
 * @param javaHome      the JDK that runs the workers
 * @param heapMiB       the worker JVM's heap (-Xmx)
 * @param memoryMiB     the whole worker's memory, enforced by a cgroup where one can be made
 * @param cpuSeconds    CPU time a worker may use in all (RLIMIT_CPU), a backstop above any lab's wall-clock limit
 * @param maxTasks      processes and threads a worker may have (cgroup pids)
 * @param maxOpenFiles  open files a worker may have (RLIMIT_NOFILE)
 * @param scratchMiB    size of the worker's writable /tmp; also the largest file it may write
 * @param outputKiB     how much of a worker's standard output and error is kept
 * @param poolSize      pre-started workers kept ready per class path
 * @param bubblewrap    the bubblewrap command ({@code bwrap}, found on the PATH, unless a path is given)
 * @param aotCache      where trained AOT caches for workers are kept (JDK 25 and later), or null to start workers without
 * @param scratchRoot   where plain-process workers get their scratch folders on the host (bubblewrap workers get a
 *                      tmpfs instead), or null for the system's temporary folder
 * @param addressSpaceMiB the worker's whole address space (RLIMIT_AS): the memory bound that holds without a cgroup
 * @param kernelFilter  whether workers lock themselves down (seccomp filter, noexec /tmp, no capabilities); off only to
 *                      measure what it costs, and then isolation is reduced
 * @param warmUp        whether a worker runs its runtime's warm-up before it is ready: worth it where workers wait in a
 *                      pool for a learner (the server), a waste where each is taken the moment it is ready (verifying
 *                      labs, one-off gradings): there the warm-up only adds its own cost to the grading's
 */
public record SandboxSettings(IsolationSetting isolation, Path javaHome, int heapMiB, int memoryMiB, int cpuSeconds,
                              int maxTasks, int maxOpenFiles, int scratchMiB, int outputKiB, int poolSize, String bubblewrap,
                              Path aotCache, Path scratchRoot, int addressSpaceMiB, boolean kernelFilter, boolean warmUp) {

    /**
     * The defaults, with the operator's choices read from the environment: for the CLI, which has no Spring (the server
     * binds the same settings, {@code fixpoint.sandbox.*}, and calls {@link #defaults(IsolationSetting, String)}).
     * {@code -Dfixpoint.sandbox.isolation} or {@code FIXPOINT_SANDBOX_ISOLATION}, and {@code FIXPOINT_SANDBOX_AOT_CACHE}.
     */
    public static SandboxSettings defaults() {
        return defaults(IsolationSetting.fromEnvironment(), System.getenv("FIXPOINT_SANDBOX_AOT_CACHE"));
    }

    /**
     * The defaults with the operator's choices, read from nowhere else.
     *
     * @param isolation how strictly workers must be isolated
     * @param aotCache  the folder for AOT caches, {@code off} to start workers without, or null or blank for the user's
     *                  cache folder
     */
    public static SandboxSettings defaults(IsolationSetting isolation, String aotCache) {
        return new SandboxSettings(isolation, Path.of(System.getProperty("java.home")),
                64, 256, 30, 128, 128, 16, 64, 2, System.getProperty("fixpoint.sandbox.bwrap", "bwrap"), aotCacheFolder(aotCache), null,
                1024, true, true);
    }

    /** The setting names the folder, "off" disables it; the default is the user's cache folder. */
    private static Path aotCacheFolder(String setting) {
        if ("off".equalsIgnoreCase(setting)) {
            return null;
        }
        if (setting != null && !setting.isBlank()) {
            return Path.of(setting);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("fixpoint").resolve("aot");
    }

    public SandboxSettings withIsolation(IsolationSetting setting) {
        return new SandboxSettings(setting, javaHome, heapMiB, memoryMiB, cpuSeconds, maxTasks, maxOpenFiles, scratchMiB, outputKiB, poolSize, bubblewrap, aotCache, scratchRoot, addressSpaceMiB, kernelFilter, warmUp);
    }

    public SandboxSettings withPoolSize(int size) {
        return new SandboxSettings(isolation, javaHome, heapMiB, memoryMiB, cpuSeconds, maxTasks, maxOpenFiles, scratchMiB, outputKiB, size, bubblewrap, aotCache, scratchRoot, addressSpaceMiB, kernelFilter, warmUp);
    }

    public SandboxSettings withBubblewrap(String command) {
        return new SandboxSettings(isolation, javaHome, heapMiB, memoryMiB, cpuSeconds, maxTasks, maxOpenFiles, scratchMiB, outputKiB, poolSize, command, aotCache, scratchRoot, addressSpaceMiB, kernelFilter, warmUp);
    }

    public SandboxSettings withAotCache(Path folder) {
        return new SandboxSettings(isolation, javaHome, heapMiB, memoryMiB, cpuSeconds, maxTasks, maxOpenFiles, scratchMiB, outputKiB, poolSize, bubblewrap, folder, scratchRoot, addressSpaceMiB, kernelFilter, warmUp);
    }

    public SandboxSettings withScratchRoot(Path folder) {
        return new SandboxSettings(isolation, javaHome, heapMiB, memoryMiB, cpuSeconds, maxTasks, maxOpenFiles, scratchMiB, outputKiB, poolSize, bubblewrap, aotCache, folder, addressSpaceMiB, kernelFilter, warmUp);
    }

    /** The same settings with the workers' kernel lockdown on or off (off only to measure what it costs). */
    public SandboxSettings withKernelFilter(boolean on) {
        return new SandboxSettings(isolation, javaHome, heapMiB, memoryMiB, cpuSeconds, maxTasks, maxOpenFiles, scratchMiB, outputKiB, poolSize, bubblewrap, aotCache, scratchRoot, addressSpaceMiB, on, warmUp);
    }

    /** The same settings with workers that run their runtime's warm-up before they are ready, or that skip it. */
    public SandboxSettings withWarmUp(boolean on) {
        return new SandboxSettings(isolation, javaHome, heapMiB, memoryMiB, cpuSeconds, maxTasks, maxOpenFiles, scratchMiB, outputKiB, poolSize, bubblewrap, aotCache, scratchRoot, addressSpaceMiB, kernelFilter, on);
    }

    /** These limits with the memory {@code spec} needs above them. */
    SandboxSettings forWorker(WorkerSpec spec) {
        if (spec.extraMemoryMiB() == 0) {
            return this;
        }
        return new SandboxSettings(isolation, javaHome, heapMiB + spec.extraHeapMiB(), memoryMiB + spec.extraMemoryMiB(), cpuSeconds, maxTasks,
                maxOpenFiles, scratchMiB, outputKiB, poolSize, bubblewrap, aotCache, scratchRoot, addressSpaceMiB + spec.extraMemoryMiB(), kernelFilter, warmUp);
    }

    /** These limits for a worker that serves {@code runs} runs one after another: the CPU time of as many workers. */
    SandboxSettings forRuns(int runs) {
        if (runs <= 1) {
            return this;
        }
        return new SandboxSettings(isolation, javaHome, heapMiB, memoryMiB, cpuSeconds * runs, maxTasks, maxOpenFiles, scratchMiB, outputKiB, poolSize, bubblewrap, aotCache, scratchRoot, addressSpaceMiB, kernelFilter, warmUp);
    }

    /**
     * Limits for training an AOT cache: trusted code only, which writes a cache of some 30 MiB and, while writing it,
     * reserves 3 GiB of address space for its symbols and opens every jar of the class path at once (a Spring Boot
     * worker's 90 jars went past 128 files).
     */
    SandboxSettings forTraining() {
        return new SandboxSettings(isolation, javaHome, heapMiB, memoryMiB, 120, maxTasks, Math.max(maxOpenFiles, 1024), 256, outputKiB, poolSize, bubblewrap, aotCache, scratchRoot, 6144, kernelFilter, true);
    }
}
