package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.grading.LabRuntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The runtime's part of a pulled project ({@link LabRuntime.Project}): its pom, its README, the repository and the
 * dependencies it ships in {@link ShippedRepository#PATH}, and the visible checks' harness. A java lab's project carries
 * the lab's libraries, so {@code ./mvnw -o test} works on a machine that never built Fixpoint once Maven and its usual
 * plugins are in the local repository; a spring-boot lab's carries everything, plugins included, so that
 * {@code ./mvnw -o test} and {@code ./mvnw -o spring-boot:run} work from an empty local repository.
 */
final class RuntimeProject {

    private RuntimeProject() {
    }

    static void write(Lab lab, Path dir, LabRuntime.Project project, Installation installation, String fixpointVersion) throws IOException {
        if (project.repository() != null) {
            copyRepository(project.repository(), dir.resolve(ShippedRepository.PATH));
        }
        StringBuilder dependencies = new StringBuilder();
        for (LabRuntime.Dependency dependency : project.dependencies()) {
            dependencies.append(ShippedRepository.write(dir, dependency).dependencyXml());
        }
        // Services the harness starts as they are implement the lab API; a runtime that hosts them itself needs it for the checks only.
        String scope = project.services().isEmpty() ? "compile" : "test";
        dependencies.append(ShippedRepository.writeFixpointJar(dir, "fixpoint-lab-api", installation.labApi(), fixpointVersion).dependencyXml(scope));
        dependencies.append(ShippedRepository.writeFixpointJar(dir, "fixpoint-lab-host", installation.labHost(), fixpointVersion).dependencyXml("test"));
        for (Path jar : project.harness()) {
            String artifactId = jar.getFileName().toString().replaceFirst("\\.jar$", "");
            dependencies.append(ShippedRepository.writeFixpointJar(dir, artifactId, jar, fixpointVersion).dependencyXml("test"));
        }
        for (Map.Entry<String, byte[]> resource : project.testResources().entrySet()) {
            Path file = dir.resolve("src/test/resources").resolve(resource.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, resource.getValue());
        }
        StringBuilder arguments = new StringBuilder();
        for (String secret : lab.manifest().secrets()) {
            arguments.append("            <argument>--fixpoint.secrets.").append(secret).append("=stand-in-").append(secret).append("</argument>\n");
        }
        PulledProject.write(dir.resolve("pom.xml"), project.pom()
                .replace("{{id}}", lab.id()).replace("{{title}}", lab.manifest().title())
                .replace("{{repository}}", ShippedRepository.PATH)
                .replace("{{main-class}}", mainClass(lab))
                .replace("{{arguments}}", arguments)
                .replace("{{dependencies}}", dependencies));
    }

    /** The application a runtime's pom starts ({@code spring-boot:run}): the lab's first public service, else its first. */
    private static String mainClass(Lab lab) {
        return lab.manifest().services().stream().filter(service -> service.exposure() == LabManifest.Exposure.PUBLIC).findFirst()
                .orElse(lab.manifest().services().getFirst()).className();
    }

    /** Copies the runtime's repository as it is, but for the build's own marker of what it resolved. */
    private static void copyRepository(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = source.relativize(file);
                if (relative.toString().equals(".resolved")) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }
}
