package dev.fixpoint.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * What a worker is started with: its class path (the worker, the lab API and the lab's libraries). Workers
 * with the same spec are interchangeable, so the pool keeps them by spec.
 */
public record WorkerSpec(List<Path> classPath) {

    public WorkerSpec {
        classPath = classPath.stream().map(path -> path.toAbsolutePath().normalize()).toList();
    }
}
