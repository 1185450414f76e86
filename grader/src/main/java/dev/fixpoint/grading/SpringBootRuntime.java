package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabFormatException;
import dev.fixpoint.catalog.LabManifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The "spring-boot" runtime: each service of a lab is a Spring Boot application (the {@code @SpringBootApplication}
 * class its manifest names), compiled like any Java lab ({@link JavaCompilation}) and started in the sandbox worker by
 * the runtime's own host, {@code dev.fixpoint.runtime.spring.SpringBootService}, with its embedded server on the port the
 * worker gives it. Every jar of the runtime's folder is on the class path; labs name no libraries.
 */
final class SpringBootRuntime implements LabRuntime {

    /** Finds the runtime through {@link java.util.ServiceLoader}. */
    public static final class SpringBootProvider implements Provider {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public LabRuntime create(Installation installation) {
            return new SpringBootRuntime(installation);
        }
    }

    static final String NAME = "spring-boot";
    /** The runtime's host, in its warm-up jar, which the worker starts for every service. */
    static final String HOST = "dev.fixpoint.runtime.spring.SpringBootService";
    /** The resource that tells the host which application each service runs (its {@code APPLICATIONS}). */
    static final String APPLICATIONS = "fixpoint/spring-boot-applications.properties";

    private final Installation installation;
    private final JavaCompilation compilation;
    /** The runtime folder's jars, listed once: a grading asks for them several times. */
    private volatile List<Path> jars;

    SpringBootRuntime(Installation installation) {
        this.installation = installation;
        this.compilation = new JavaCompilation(installation.labApi());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> libraryNames() {
        return Set.of();
    }

    @Override
    public List<Path> libraries(Lab lab) {
        if (!lab.manifest().libraries().isEmpty()) {
            throw new LabFormatException(List.of("labs/" + lab.id() + "/lab.yaml: libraries: the spring-boot runtime puts all of its"
                    + " libraries on the class path; name none (got " + lab.manifest().libraries() + ")"));
        }
        if (jars == null) {
            Path lib = installation.runtime(NAME).resolve("lib");
            try (Stream<Path> listed = Files.list(lib)) {
                jars = listed.filter(jar -> jar.getFileName().toString().endsWith(".jar")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the spring-boot runtime's libraries in " + lib, e);
            }
        }
        return jars;
    }

    @Override
    public List<Path> workerClassPath(Lab lab) {
        List<Path> classPath = new ArrayList<>(installation.workerClassPath());
        classPath.addAll(libraries(lab));
        classPath.add(installation.runtime(NAME).resolve("warm-up/fixpoint-runtime-spring-boot.jar"));
        return classPath;
    }

    @Override
    public Preparation prepare(Lab lab, Map<String, String> files) {
        Preparation prepared = compilation.prepare(lab, files, libraries(lab));
        if (!(prepared instanceof Preparation.Ready ready)) {
            return prepared;
        }
        StringBuilder applications = new StringBuilder();
        Map<String, String> hosts = new HashMap<>();
        for (LabManifest.ServiceSpec service : lab.manifest().services()) {
            applications.append(service.name()).append('=').append(service.className()).append('\n');
            hosts.put(service.name(), HOST);
        }
        Map<String, byte[]> resources = new HashMap<>(ready.resources());
        resources.put(APPLICATIONS, applications.toString().getBytes(StandardCharsets.ISO_8859_1));
        return new Preparation.Ready(ready.classes(), resources, hosts);
    }

    @Override
    public void prepareLab(Lab lab) {
        compilation.prepareLab(lab, libraries(lab));
    }

    @Override
    public boolean prepared(Lab lab) {
        return compilation.prepared(lab);
    }

    @Override
    public void close() {
        compilation.close();
    }
}
