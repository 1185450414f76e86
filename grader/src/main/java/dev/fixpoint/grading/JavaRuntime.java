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
import java.util.Properties;
import java.util.TreeSet;

/** The "java" runtime: plain services on the JDK's HTTP server, with the libraries its folder provides. */
final class JavaRuntime implements LabRuntime {

    private final Installation installation;
    private final Properties libraries = new Properties();

    JavaRuntime(Installation installation) {
        this.installation = installation;
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
    public List<Path> libraries(Lab lab) {
        List<Path> jars = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String library : lab.manifest().libraries()) {
            String artifacts = libraries.getProperty(library);
            if (artifacts == null) {
                problems.add("labs/" + lab.id() + "/lab.yaml: libraries: '" + library + "' is not a library of the java runtime (available: "
                        + new TreeSet<>(libraries.stringPropertyNames()) + ")");
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
}
