package dev.fixpoint.cli;

import dev.fixpoint.grading.LabRuntime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The Maven repository a pulled project carries in {@value #PATH}: the lab API, the lab host and the lab's libraries, each a jar
 * with a pom of its own, so the project resolves everything that only Fixpoint brings from inside itself, offline,
 * on a machine that never built Fixpoint.
 */
final class ShippedRepository {

    /** Where the repository sits in a pulled project; its pom declares it with this path under its base folder. */
    static final String PATH = ".fixpoint/repository";

    private ShippedRepository() {
    }

    /** One artifact in the repository, by its Maven coordinates. */
    record Artifact(String groupId, String artifactId, String version) {

        /** The {@code <dependency>} element that names this artifact in the project's pom. */
        String dependencyXml() {
            return "    <dependency>\n      <groupId>" + groupId + "</groupId>\n      <artifactId>" + artifactId
                    + "</artifactId>\n      <version>" + version + "</version>\n    </dependency>\n";
        }

        /** The same, in a scope ({@code test}). */
        String dependencyXml(String scope) {
            return dependencyXml().replace("</version>\n", "</version>\n      <scope>" + scope + "</scope>\n");
        }

        private Path folder(Path project) {
            return project.resolve(PATH).resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        }

        /**
         * Copies {@code jar} in with a pom that declares no dependencies (every jar a lab needs is listed itself), each
         * with the SHA-1 file Maven checks a download against.
         */
        void write(Path project, Path jar) throws IOException {
            Path folder = folder(project);
            Files.createDirectories(folder);
            String name = artifactId + "-" + version;
            withChecksum(folder.resolve(name + ".jar"), Files.readAllBytes(jar));
            withChecksum(folder.resolve(name + ".pom"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>%s</groupId>
                      <artifactId>%s</artifactId>
                      <version>%s</version>
                      <description>Copied here by fixpoint lab pull, as Fixpoint grades with it.</description>
                    </project>
                    """.formatted(groupId, artifactId, version).getBytes(StandardCharsets.UTF_8));
        }

        private static void withChecksum(Path file, byte[] content) throws IOException {
            Files.write(file, content);
            Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), digest("SHA-1", content));
        }
    }

    /**
     * Writes one of Fixpoint's own jars (the lab API, the lab host), versioned by its content when Fixpoint's version is a
     * snapshot: Maven keeps a snapshot it once copied and would go on compiling against it after a newer Fixpoint pulled a
     * different API under the same name.
     */
    static Artifact writeFixpointJar(Path project, String artifactId, Path classes, String fixpointVersion) throws IOException {
        Path jar = Files.createTempFile(artifactId, ".jar");
        try {
            packageAsJar(classes, jar);
            String version = fixpointVersion.endsWith("-SNAPSHOT")
                    ? fixpointVersion.substring(0, fixpointVersion.length() - "SNAPSHOT".length()) + "dev." + digest("SHA-256", Files.readAllBytes(jar)).substring(0, 12)
                    : fixpointVersion;
            Artifact artifact = new Artifact("dev.fixpoint", artifactId, version);
            artifact.write(project, jar);
            return artifact;
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    /** Writes one of a runtime's dependencies; Fixpoint's own (the service kit) versioned by content like the lab API. */
    static Artifact write(Path project, LabRuntime.Dependency dependency) throws IOException {
        if (dependency.groupId().equals("dev.fixpoint")) {
            return writeFixpointJar(project, dependency.artifactId(), dependency.jar(), dependency.version());
        }
        Artifact artifact = new Artifact(dependency.groupId(), dependency.artifactId(), dependency.version());
        artifact.write(project, dependency.jar());
        return artifact;
    }

    private static void packageAsJar(Path classes, Path target) throws IOException {
        if (Files.isRegularFile(classes)) {
            Files.copy(classes, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        // Running from a build's classes folder (an IDE run): package it the way the jar would be.
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
    }

    private static String digest(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        }
    }
}
