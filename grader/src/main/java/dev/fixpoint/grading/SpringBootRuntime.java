package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.sandbox.WorkerSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "spring-boot" runtime: each service of a lab is a Spring Boot application (the {@code @SpringBootApplication}
 * class its manifest names), compiled like any Java lab ({@link JavaCompilation}) and started in the sandbox worker by
 * the runtime's own host, {@code dev.fixpoint.runtime.spring.SpringBootService}, with its embedded server on the port the
 * worker gives it. Every lab gets web MVC, security, Data JDBC, Jackson and H2; the optional starters of the runtime's
 * {@code libraries.properties} (actuator, Thymeleaf, validation) only the labs that name them under {@code libraries:}
 * ({@link SpringBootLibraries}).
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
    /** The resource naming the auto-configurations of the starters a lab does not name (the host's filter's {@code EXCLUDED}). */
    static final String EXCLUDED = "fixpoint/spring-boot-excluded-auto-configurations.txt";

    /**
     * Each service past the first is one more application context in the worker, which the base worker (sized for one)
     * does not hold: its beans, its embedded server and its database on the heap, its proxies in metaspace.
     */
    static final int EXTRA_HEAP_PER_SERVICE_MIB = 48;
    static final int EXTRA_MEMORY_PER_SERVICE_MIB = 96;

    private static final java.util.regex.Pattern MAIN = java.util.regex.Pattern.compile("public\\s+static\\s+void\\s+main\\s*\\(");

    private final Installation installation;
    private final JavaCompilation compilation;
    /** Read on first use: an installation without this runtime's folder still grades the labs of its other runtimes. */
    private volatile SpringBootLibraries libraries;

    SpringBootRuntime(Installation installation) {
        this.installation = installation;
        this.compilation = new JavaCompilation(installation.labApi());
    }

    private SpringBootLibraries libraries() {
        if (libraries == null) {
            libraries = new SpringBootLibraries(installation.runtime(NAME));
        }
        return libraries;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> libraryNames() {
        return libraries().optionalNames();
    }

    /** The jars of the starters every lab gets and of the optional ones it names: what its code compiles against. */
    @Override
    public List<Path> libraries(Lab lab) {
        return libraries().compileClassPath(lab);
    }

    /**
     * Every jar of the runtime, whatever the lab names: one class path, so that every spring-boot lab shares one worker
     * pool and one AOT cache; the starters a lab does not name are switched off in the worker instead.
     */
    @Override
    public WorkerSpec worker(Lab lab) {
        List<Path> classPath = new ArrayList<>(installation.workerClassPath());
        classPath.addAll(libraries().all());
        classPath.add(installation.runtime(NAME).resolve("warm-up/fixpoint-runtime-spring-boot.jar"));
        int more = lab.manifest().services().size() - 1;
        return new WorkerSpec(classPath, more * EXTRA_HEAP_PER_SERVICE_MIB, more * EXTRA_MEMORY_PER_SERVICE_MIB);
    }

    @Override
    public Preparation prepare(Lab lab, Map<String, String> files) {
        Preparation prepared = compilation.prepare(lab, files, libraries(lab));
        if (!(prepared instanceof Preparation.Ready ready)) {
            return prepared;
        }
        Map<String, String> hosts = new HashMap<>();
        lab.manifest().services().forEach(service -> hosts.put(service.name(), HOST));
        Map<String, byte[]> resources = new HashMap<>(ready.resources());
        resources.put(APPLICATIONS, applications(lab));
        resources.put(EXCLUDED, libraries().excludedAutoConfigurations(lab));
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

    /**
     * An ordinary Spring Boot Maven project: the starter parent, the runtime's starters, the application as the main class
     * of {@code spring-boot:run}, and the repository the runtime's build resolved for exactly that project.
     */
    @Override
    public Optional<Project> project(Lab lab) {
        Path folder = installation.runtime(NAME);
        String pom;
        String readme;
        try {
            pom = Files.readString(folder.resolve("project/pom.xml.txt"));
            readme = Files.readString(folder.resolve("project/README.md.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException("the spring-boot runtime at " + folder + " has no project template", e);
        }
        if (!Files.isDirectory(folder.resolve("repository"))) {
            throw new IllegalStateException("the spring-boot runtime at " + folder + " has no repository for pulled projects; rebuild it");
        }
        Map<String, String> hosts = new LinkedHashMap<>();
        lab.manifest().services().forEach(service -> hosts.put(service.name(), HOST));
        return Optional.of(new Project(libraries().withoutUnnamedStarters(pom, lab), readme, folder.resolve("repository"), List.of(),
                List.of(folder.resolve("warm-up/fixpoint-runtime-spring-boot.jar")), hosts, Map.of(APPLICATIONS, applications(lab))));
    }

    /** {@code spring-boot:run} starts an application by its {@code main}, which the runtime's host does without. */
    @Override
    public List<String> projectProblems(Lab lab) {
        List<String> problems = new ArrayList<>();
        for (LabManifest.ServiceSpec service : lab.manifest().services()) {
            String path = Lab.sourcePath("src", service.className());
            String source = lab.sources().get(path);
            if (source != null && !MAIN.matcher(source).find()) {
                problems.add(lab.id() + ": " + path + ": the application has no public static void main(String[] args), which"
                        + " ./mvnw spring-boot:run in a pulled project starts it with");
            }
        }
        return problems;
    }

    /** The resource that tells the host which application class each service runs. */
    private static byte[] applications(Lab lab) {
        StringBuilder applications = new StringBuilder();
        for (LabManifest.ServiceSpec service : lab.manifest().services()) {
            applications.append(service.name()).append('=').append(service.className()).append('\n');
        }
        return applications.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        compilation.close();
    }
}
