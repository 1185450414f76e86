package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabFormatException;
import dev.fixpoint.sandbox.WorkerSpec;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The "java" runtime: plain services on the JDK's HTTP server, with the libraries its folder provides. A submission is
 * compiled with the lab's code and its classes scanned against the lab's bytecode policy ({@link JavaCompilation}).
 */
final class JavaRuntime implements LabRuntime {

    /** Finds the runtime through {@link java.util.ServiceLoader}. */
    public static final class JavaProvider implements Provider {
        @Override
        public String name() {
            return "java";
        }

        @Override
        public LabRuntime create(Installation installation) {
            return new JavaRuntime(installation);
        }
    }

    /** A line of coordinates.txt, as the dependency plugin lists them: group:artifact:jar:version. */
    private static final java.util.regex.Pattern COORDINATES = java.util.regex.Pattern.compile("([\\w.\\-]+):([\\w.\\-]+):jar:([\\w.\\-]+)");

    private final Installation installation;
    private final Properties libraries = new Properties();
    private final JavaCompilation compilation;

    JavaRuntime(Installation installation) {
        this.installation = installation;
        this.compilation = new JavaCompilation(installation.labApi());
        try (Reader reader = Files.newBufferedReader(installation.javaRuntime().resolve("libraries.properties"))) {
            libraries.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public Set<String> libraryNames() {
        return new TreeSet<>(libraries.stringPropertyNames());
    }

    @Override
    public List<Path> libraries(Lab lab) {
        List<Path> jars = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String library : lab.manifest().libraries()) {
            String artifacts = libraries.getProperty(library);
            if (artifacts == null) {
                problems.add("labs/" + lab.id() + "/lab.yaml: libraries: '" + library + "' is not a library of the java runtime (available: "
                        + libraryNames() + ")");
                continue;
            }
            for (String artifact : artifacts.split(",")) {
                Path jar = installation.javaRuntime().resolve("lib").resolve(artifact.trim() + ".jar");
                if (!jars.contains(jar)) {
                    jars.add(jar);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new LabFormatException(problems);
        }
        return jars;
    }

    @Override
    public WorkerSpec worker(Lab lab) {
        List<Path> classPath = new ArrayList<>(installation.workerClassPath());
        classPath.addAll(libraries(lab));
        Path warmUp = installation.javaRuntime().resolve("warm-up/fixpoint-runtime-java.jar");
        if (Files.isRegularFile(warmUp)) {
            classPath.add(warmUp);
        }
        return new WorkerSpec(classPath);
    }

    @Override
    public Preparation prepare(Lab lab, Map<String, String> files) {
        return compilation.prepare(lab, files, libraries(lab));
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

    /**
     * A plain Java Maven project: the lab's code, its libraries with the coordinates Fixpoint grades with (listed by the
     * runtime's build in coordinates.txt), and nothing from Maven Central beyond JUnit and Maven's usual plugins.
     */
    @Override
    public Optional<Project> project(Lab lab) {
        Path folder = installation.javaRuntime();
        try {
            Map<String, Dependency> known = new java.util.TreeMap<>();
            java.util.regex.Matcher matcher = COORDINATES.matcher(Files.readString(folder.resolve("coordinates.txt")));
            while (matcher.find()) {
                String artifactId = matcher.group(2);
                known.put(artifactId, new Dependency(matcher.group(1), artifactId, matcher.group(3), folder.resolve("lib").resolve(artifactId + ".jar")));
            }
            List<Dependency> dependencies = new ArrayList<>();
            for (Path jar : libraries(lab)) {
                String artifactId = jar.getFileName().toString().replaceFirst("\\.jar$", "");
                Dependency dependency = known.get(artifactId);
                if (dependency == null) {
                    throw new IllegalStateException("the java runtime at " + folder + " has no coordinates for " + artifactId + " (lab " + lab.id() + ")");
                }
                dependencies.add(dependency);
            }
            return Optional.of(new Project(Files.readString(folder.resolve("project/pom.xml.txt")), Files.readString(folder.resolve("project/README.md.txt")),
                    null, dependencies, List.of(), Map.of(), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("the java runtime at " + folder + " has no project template or coordinates; rebuild it", e);
        }
    }
}
