package dev.fixpoint.grading;

import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.host.ServiceHost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the grader finds what it does not carry on its own class path: the worker's jars and the runtimes' folders.
 *
 * @param workerClassPath the worker jar, the lab host jar and the lab API jar, mounted read-only into every sandbox
 * @param runtimes        each runtime's folder by runtime name: {@code libraries.properties}, {@code lib/*.jar},
 *                        {@code warm-up/}
 */
public record Installation(List<Path> workerClassPath, Map<String, Path> runtimes) {

    private static final String PROPERTY = "fixpoint.runtime.";

    public Installation {
        workerClassPath = List.copyOf(workerClassPath);
        runtimes = Map.copyOf(runtimes);
    }

    /**
     * Finds the installation from system properties: each {@code fixpoint.runtime.NAME} names a runtime's folder, and
     * every folder under {@code fixpoint.home}/runtime is one too. The worker's jars are found where their classes were
     * loaded from.
     */
    public static Installation detect() {
        Map<String, Path> runtimes = new TreeMap<>();
        String home = System.getProperty("fixpoint.home");
        if (home != null && Files.isDirectory(Path.of(home, "runtime"))) {
            try (Stream<Path> folders = Files.list(Path.of(home, "runtime"))) {
                folders.filter(Files::isDirectory).forEach(folder -> runtimes.put(folder.getFileName().toString(), folder));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(PROPERTY))
                .forEach(name -> runtimes.put(name.substring(PROPERTY.length()), Path.of(System.getProperty(name))));
        if (!runtimes.containsKey("java")) {
            throw new IllegalStateException("set fixpoint.home or fixpoint.runtime.java to locate the lab runtimes");
        }
        return new Installation(List.of(codeSource(dev.fixpoint.worker.WorkerProtocol.class), codeSource(ServiceHost.class),
                codeSource(LabService.class)), runtimes);
    }

    /**
     * A runtime's folder.
     *
     * @throws IllegalStateException when this installation has no folder for it, or the folder has no libraries.properties
     */
    public Path runtime(String name) {
        Path folder = runtimes.get(name);
        if (folder == null) {
            throw new IllegalStateException("this installation has no folder for the " + name + " runtime (set fixpoint.runtime."
                    + name + " or put it under fixpoint.home/runtime/" + name + "; it has " + runtimes.keySet() + ")");
        }
        if (!Files.isRegularFile(folder.resolve("libraries.properties"))) {
            throw new IllegalStateException("no " + name + " runtime at " + folder.toAbsolutePath() + " (expected libraries.properties and lib/)");
        }
        return folder;
    }

    /** The folder of the "java" runtime. */
    public Path javaRuntime() {
        return runtime("java");
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
