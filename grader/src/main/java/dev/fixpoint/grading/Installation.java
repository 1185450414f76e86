package dev.fixpoint.grading;

import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.host.ServiceHost;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the grader finds what it does not carry on its own class path: the worker's jars and the runtimes'
 * library folders.
 *
 * @param workerClassPath the worker jar, the lab host jar and the lab API jar, mounted read-only into every sandbox
 * @param javaRuntime     the folder of the "java" runtime: {@code libraries.properties} and {@code lib/*.jar}
 */
public record Installation(List<Path> workerClassPath, Path javaRuntime) {

    /**
     * Finds the installation from system properties: {@code fixpoint.runtime.java}, else
     * {@code fixpoint.home}/runtime/java. The worker's jars are found where their classes were loaded from.
     */
    public static Installation detect() {
        String runtime = System.getProperty("fixpoint.runtime.java");
        Path javaRuntime;
        if (runtime != null) {
            javaRuntime = Path.of(runtime);
        } else if (System.getProperty("fixpoint.home") != null) {
            javaRuntime = Path.of(System.getProperty("fixpoint.home"), "runtime", "java");
        } else {
            throw new IllegalStateException("set fixpoint.home or fixpoint.runtime.java to locate the lab runtime");
        }
        if (!Files.isRegularFile(javaRuntime.resolve("libraries.properties"))) {
            throw new IllegalStateException("no lab runtime at " + javaRuntime.toAbsolutePath() + " (expected libraries.properties and lib/)");
        }
        return new Installation(List.of(codeSource(dev.fixpoint.worker.WorkerProtocol.class), codeSource(ServiceHost.class),
                codeSource(LabService.class)), javaRuntime);
    }

    /** The lab API's jar (or classes folder), which lab code and checks compile against. */
    public Path labApi() {
        return codeSource(LabService.class);
    }

    /** The lab host's jar (or classes folder): pulled projects run their visible checks with it. */
    public Path labHost() {
        return codeSource(ServiceHost.class);
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
