package dev.fixpoint.worker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Defines the classes of one submission (the learner's and the lab's), compiled outside the sandbox, and serves its
 * resources (configuration such as {@code application.properties}, a configuration runtime's editable files). A framework
 * that scans packages for classes (Spring's component scan) asks for resource URLs: for those, the classes and resources
 * are written once to a private folder of the worker's scratch space. Classes are still defined only from the bytes the
 * grader sent: a class file written there later is never loaded.
 */
final class SubmissionClassLoader extends ClassLoader {

    private final Map<String, byte[]> classes;
    private final Map<String, byte[]> resources;
    private Path written;

    SubmissionClassLoader(Map<String, byte[]> classes, Map<String, byte[]> resources, ClassLoader parent) {
        super("submission", parent);
        this.classes = classes;
        this.resources = resources;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        byte[] bytes = resources.get(name);
        return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
    }

    @Override
    protected URL findResource(String name) {
        Path folder = written();
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || !Files.exists(file)) {
            return null;
        }
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            return null;
        }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL url = findResource(name);
        return url == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(url));
    }

    /** The submission written out as a class-path folder, the first time a URL is asked for. */
    private synchronized Path written() {
        if (written == null) {
            try {
                Path folder = Files.createTempDirectory("submission");
                for (Map.Entry<String, byte[]> type : classes.entrySet()) {
                    write(folder, type.getKey().replace('.', '/') + ".class", type.getValue());
                }
                for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                    write(folder, resource.getKey(), resource.getValue());
                }
                written = folder.toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the submission's classes for scanning", e);
            }
        }
        return written;
    }

    private static void write(Path folder, String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder)) {
            throw new IOException("resource name leaves the folder: " + name);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
