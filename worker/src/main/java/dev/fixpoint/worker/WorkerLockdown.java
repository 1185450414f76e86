package dev.fixpoint.worker;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The worker's side of its kernel lockdown. The lockdown module is on the worker's module path only when the grader
 * put it there (and it needs JDK 22), so it is reached by name. {@code -Dfixpoint.worker.lockdown=required} (in
 * bubblewrap) makes a worker that cannot install the filter, or still holds a capability, refuse to serve;
 * {@code filter} (a plain process, perhaps root's) requires the filter alone.
 */
final class WorkerLockdown {

    private static final String LOCKDOWN = "dev.fixpoint.lockdown.Lockdown";

    private WorkerLockdown() {
    }

    static boolean required() {
        return "required".equals(System.getProperty("fixpoint.worker.lockdown"));
    }

    /** Locks this process down when asked to; null when that worked (or was not asked for), otherwise why it failed. */
    static String apply() {
        String mode = System.getProperty("fixpoint.worker.lockdown", "off");
        if (mode.equals("off")) {
            return null;
        }
        try {
            Class<?> lockdown = Class.forName(LOCKDOWN);
            lockdown.getMethod("apply").invoke(null);
            if (!required()) {
                return null;
            }
            long capabilities = (long) lockdown.getMethod("effectiveCapabilities").invoke(null);
            return capabilities == 0 ? null : "the worker still holds capabilities " + Long.toHexString(capabilities);
        } catch (InvocationTargetException e) {
            return String.valueOf(e.getCause().getMessage());
        } catch (ReflectiveOperationException | LinkageError e) {
            return "the lockdown module is not usable here: " + e;
        }
    }

    /**
     * What a worker must find, checked from inside after {@link #apply}: with the full lockdown, no capabilities, no new
     * processes, a noexec, nosuid, nodev /tmp, a read-only /dev with no writable shared memory; with the filter alone, no
     * new processes; without a lockdown, only that it started.
     *
     * @return the problems found; empty when the boundary is as it should be
     */
    static List<String> probe(String lockdownProblem) {
        List<String> problems = new ArrayList<>();
        String mode = System.getProperty("fixpoint.worker.lockdown", "off");
        if (lockdownProblem != null) {
            return List.of("the worker could not lock itself down: " + lockdownProblem);
        }
        if (mode.equals("off")) {
            return problems;
        }
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").start();
            process.destroyForcibly();
            problems.add("a locked-down worker could still start a process");
        } catch (IOException expected) {
            // Refused by the kernel filter, as it must be.
        }
        if (!required()) {
            return problems;
        }
        Set<String> tmp = mountFlags("/tmp");
        if (!tmp.containsAll(Set.of("NO_EXEC", "NO_SUID", "NO_DEV"))) {
            problems.add("/tmp is mounted with " + tmp + ", not noexec, nosuid and nodev");
        }
        if (!mountFlags("/dev").contains("READ_ONLY")) {
            problems.add("/dev is writable");
        }
        for (String path : List.of("/dev/shm/probe", "/dev/probe")) {
            try {
                Files.writeString(Path.of(path), "probe");
                problems.add(path + " could be written");
            } catch (IOException | UnsupportedOperationException expected) {
                // Read-only, as it must be.
            }
        }
        return problems;
    }

    private static Set<String> mountFlags(String path) {
        try {
            Object flags = Class.forName(LOCKDOWN).getMethod("mountFlags", String.class).invoke(null, path);
            return ((Set<?>) flags).stream().map(String::valueOf).collect(Collectors.toSet());
        } catch (ReflectiveOperationException | LinkageError e) {
            return Set.of("unknown: " + e);
        }
    }
}
