package dev.fixpoint.sandbox;

import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the worker lockdown module (the {@code fixpoint-lockdown} jar, or its classes folder in a build) on the
 * grader's class path without loading it: its classes need JDK 22 and never run in the grader's process.
 */
final class LockdownModule {

    private static final String MARKER = "dev/fixpoint/lockdown/Lockdown.class";

    private LockdownModule() {
    }

    /** Where the module is, or empty when this Fixpoint was built without it (built with JDK 21). */
    static Optional<Path> locate() {
        URL url = LockdownModule.class.getClassLoader().getResource(MARKER);
        if (url == null) {
            return Optional.empty();
        }
        try {
            if (url.getProtocol().equals("jar")) {
                return Optional.of(Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI()));
            }
            Path classFile = Path.of(url.toURI());
            // The classes folder: three package folders above the class file.
            return Optional.of(classFile.getParent().getParent().getParent().getParent());
        } catch (java.io.IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
