package dev.fixpoint.server.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPU time spent during a run, to tell where the cores went: by this JVM (the server and the simulated learners)
 * and by the whole machine, which adds the sandbox workers and anything else running on a shared machine (Linux
 * only: NaN elsewhere).
 */
final class CpuMeter {

    /** CPU seconds used over a stretch of wall-clock time on a machine with this many cores. */
    record Use(double jvmSeconds, double machineSeconds, double wallSeconds, int cores) {
    }

    /** Linux's USER_HZ: /proc counts CPU time in ticks of 10 ms. */
    private static final double TICKS_PER_SECOND = 100;

    private final long jvmStart = jvmNanos();
    private final double machineStart = machineSeconds();
    private final long wallStart = System.nanoTime();

    Use stop() {
        return new Use((jvmNanos() - jvmStart) / 1e9, machineSeconds() - machineStart,
                (System.nanoTime() - wallStart) / 1e9, Runtime.getRuntime().availableProcessors());
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Busy time of all cores from /proc/stat: user to steal, less idle and iowait. */
    private static double machineSeconds() {
        try {
            long[] ticks = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+")).skip(1).limit(8)
                    .mapToLong(Long::parseLong).toArray();
            return (Arrays.stream(ticks).sum() - ticks[3] - ticks[4]) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
