package dev.fixpoint.sandbox;

import dev.fixpoint.sandbox.Sandbox.Isolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the best isolation this machine gives workers, by starting real workers that probe their own boundary from
 * inside, exactly as workers are started (with a cleared environment): bubblewrap's namespaces with the kernel lockdown
 * (full), else bubblewrap alone, else plain child processes, with the kernel filter where it holds. Only the first is
 * full; the others are what an operator who accepted reduced isolation gets.
 */
final class IsolationProbe {

    /**
     * @param isolation      what workers get, as reports state it
     * @param workerLockdown the lockdown module workers are started with, when the probe proved it works in their mode
     */
    record Result(Isolation isolation, Optional<Path> workerLockdown) {
    }

    private final SandboxSettings settings;
    private final int javaFeature;
    private final List<Path> libraries;

    private IsolationProbe(SandboxSettings settings, int javaFeature, List<Path> libraries) {
        this.settings = settings;
        this.javaFeature = javaFeature;
        this.libraries = libraries;
    }

    static Result detect(SandboxSettings settings, int javaFeature, Optional<Path> lockdown, List<Path> libraries) {
        return new IsolationProbe(settings, javaFeature, libraries).detect(lockdown);
    }

    private Result detect(Optional<Path> lockdown) {
        boolean cgroups = Cgroup.available();
        String memory = cgroups ? "memory (" + settings.memoryMiB() + " MiB) and tasks (" + settings.maxTasks() + ") bounded by a cgroup"
                : "memory bounded by the worker's address space (" + settings.addressSpaceMiB() + " MiB) and tasks by "
                + ("root".equals(System.getProperty("user.name")) ? "it" : "RLIMIT_NPROC") + " (no cgroup can be made here)";
        Optional<Path> usable = lockdown.filter(jar -> javaFeature >= 22);
        String lockdownProblem = lockdown.isEmpty()
                ? (settings.kernelFilter() ? "this Fixpoint was built without the worker lockdown module, which needs JDK 22 or later to build"
                        : "the workers' kernel lockdown is switched off")
                : javaFeature < 22 ? "the workers' JDK (" + settings.javaHome() + ") is older than 22, which the worker lockdown needs" : null;
        if (settings.isolation() == IsolationSetting.PROCESS) {
            return plain(usable, cgroups, memory, "fixpoint.sandbox.isolation=process");
        }
        if (!onPath(settings.bubblewrap())) {
            return plain(usable, cgroups, memory, "the command '" + settings.bubblewrap() + "' cannot be run: it was not found. "
                    + "Install the package 'bubblewrap' and allow unprivileged user namespaces");
        }
        if (usable.isPresent()) {
            lockdownProblem = probe(WorkerCommand.bubblewrap(settings, bare(), libraries, javaFeature, 0, Optional.empty(), usable, List.of("--probe")));
            if (lockdownProblem == null) {
                return new Result(new Isolation(true, true, cgroups, "each worker runs under bubblewrap in its own namespaces (no nested user "
                        + "namespaces), with no network but its own loopback, a read-only view of the JDK and its jars, a read-only /dev, a "
                        + settings.scratchMiB() + " MiB noexec /tmp, no capabilities, and a seccomp filter that refuses new processes and "
                        + "programs; " + memory), usable);
            }
        }
        String namespaces = probe(WorkerCommand.bubblewrap(settings, bare(), libraries, javaFeature, 0, Optional.empty(), Optional.empty(),
                List.of("--probe")));
        if (namespaces != null) {
            return plain(usable, cgroups, memory, "bubblewrap is not usable (" + namespaces + "). Install the package 'bubblewrap' and "
                    + "allow unprivileged user namespaces");
        }
        return new Result(new Isolation(false, true, cgroups, "workers run under bubblewrap in their own namespaces but without the kernel "
                + "lockdown (" + lockdownProblem + "): no seccomp filter, an executable /tmp; " + memory + ". Run Fixpoint built and run with "
                + "JDK 22 or later on Linux x86_64 for full isolation"), Optional.empty());
    }

    /** Plain child processes, with the kernel filter when a plain worker proves it holds. */
    private Result plain(Optional<Path> lockdown, boolean cgroups, String memory, String why) {
        boolean filter = false;
        if (lockdown.isPresent()) {
            Path scratch = null;
            try {
                scratch = Files.createTempDirectory("fixpoint-probe-");
                filter = probe(WorkerCommand.plainProcess(settings, bare(), javaFeature, scratch, 0, Optional.empty(), lockdown,
                        List.of("--probe"))) == null;
            } catch (IOException e) {
                filter = false;
            } finally {
                if (scratch != null) {
                    WorkerProcess.deleteTree(scratch);
                }
            }
        }
        return new Result(new Isolation(false, false, cgroups, "workers run as plain child processes (" + why + ") that share the host's "
                + "network and file system; only JVM flags, rlimits, " + (filter ? "the kernel filter (no new processes), " : "")
                + "and the bytecode policy apply; " + memory), filter ? lockdown : Optional.empty());
    }

    /** A worker with nothing but its own jars, which is all a probe needs. */
    private static WorkerSpec bare() {
        return new WorkerSpec(List.of(codeSource(dev.fixpoint.worker.WorkerProtocol.class), codeSource(dev.fixpoint.lab.Request.class)));
    }

    /** Null when the worker started with {@code command} finds its boundary as it should be, otherwise why not. */
    private String probe(List<String> command) {
        try {
            Process probe = Sandbox.processBuilder(command, null).redirectErrorStream(true).start();
            probe.getOutputStream().close();
            String output = new String(probe.getInputStream().readNBytes(16 * 1024), StandardCharsets.UTF_8).strip();
            if (!probe.waitFor(20, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return "its probe did not finish";
            }
            if (probe.exitValue() == 0 && output.endsWith("probe ok")) {
                return null;
            }
            return "its probe failed: " + (output.isBlank() ? "exit " + probe.exitValue() : String.join("; ", output.lines().limit(5).toList()));
        } catch (IOException e) {
            return "the command '" + command.getFirst() + "' cannot be run (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static boolean onPath(String command) {
        if (command.contains("/")) {
            return Files.isExecutable(Path.of(command));
        }
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
