package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabFormatException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    public List<Path> workerClassPath(Lab lab) {
        List<Path> classPath = new ArrayList<>(installation.workerClassPath());
        classPath.addAll(libraries(lab));
        Path warmUp = installation.javaRuntime().resolve("warm-up/fixpoint-runtime-java.jar");
        if (Files.isRegularFile(warmUp)) {
            classPath.add(warmUp);
        }
        return classPath;
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
}
