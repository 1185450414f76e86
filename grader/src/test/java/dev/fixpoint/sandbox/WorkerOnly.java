package dev.fixpoint.sandbox;

import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.host.ServiceHost;
import dev.fixpoint.worker.WorkerProtocol;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The class path of a worker with no lab libraries (the worker, the lab host and the lab API), for sandbox tests. */
final class WorkerOnly {

    private WorkerOnly() {
    }

    static WorkerSpec spec() {
        return new WorkerSpec(classPath());
    }

    static List<Path> classPath() {
        return Stream.of(WorkerProtocol.class, ServiceHost.class, LabService.class).map(WorkerOnly::location).toList();
    }

    /** Whether the class path is jars, as in a packaged build (mvn verify), which AOT caches need. */
    static boolean packaged() {
        return classPath().stream().allMatch(Files::isRegularFile);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
