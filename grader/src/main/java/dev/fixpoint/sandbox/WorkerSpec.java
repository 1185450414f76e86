package dev.fixpoint.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * What a worker is started with: its class path (the worker, the lab API and the lab's libraries) and the memory it needs
 * above the sandbox's base limits. Workers with the same spec are interchangeable, so the pool keeps them by spec.
 *
 * @param classPath      the worker's class path
 * @param extraHeapMiB   heap above {@link SandboxSettings#heapMiB()}, for labs whose services need more than one runtime's
 *                       base worker holds (two Spring application contexts, say)
 * @param extraMemoryMiB memory of the whole worker above {@link SandboxSettings#memoryMiB()} (and address space above
 *                       {@link SandboxSettings#addressSpaceMiB()})
 */
public record WorkerSpec(List<Path> classPath, int extraHeapMiB, int extraMemoryMiB) {

    /** The most a runtime may add to a worker's heap: the sandbox's limits stay the operator's, within a bound. */
    public static final int MAX_EXTRA_HEAP_MIB = 256;

    public WorkerSpec {
        classPath = classPath.stream().map(path -> path.toAbsolutePath().normalize()).toList();
        if (extraHeapMiB < 0 || extraHeapMiB > MAX_EXTRA_HEAP_MIB || extraMemoryMiB < extraHeapMiB) {
            throw new IllegalArgumentException("a worker's extra memory must be 0.." + MAX_EXTRA_HEAP_MIB
                    + " MiB of heap and at least as much in all; got " + extraHeapMiB + " and " + extraMemoryMiB);
        }
    }

    /** A worker with the sandbox's base limits. */
    public WorkerSpec(List<Path> classPath) {
        this(classPath, 0, 0);
    }
}
