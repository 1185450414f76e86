package dev.fixpoint.grading;

import dev.fixpoint.lab.Check;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A lab's checks, compiled and loaded in the grader's process (they are the lab author's trusted code) in a
 * class loader that sees only the JDK, the lab API and the lab's libraries.
 */
final class CheckSuite {

    private final ClassLoader loader;

    private CheckSuite(ClassLoader loader) {
        this.loader = loader;
    }

    static CheckSuite load(Map<String, byte[]> classes, List<Path> libraries) {
        URL[] urls = libraries.stream().map(CheckSuite::url).toArray(URL[]::new);
        ClassLoader libraryLoader = new URLClassLoader("lab-libraries", urls, new LabApiOnly());
        return new CheckSuite(new ClassLoader("lab-checks", libraryLoader) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        });
    }

    /** A fresh instance of a check class, so that no state carries over from one run to the next. */
    Check instantiate(String className) throws ReflectiveOperationException {
        Object check = Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        if (!(check instanceof Check typed)) {
            throw new IllegalStateException(className + " does not implement " + Check.class.getName());
        }
        return typed;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Delegates the lab API to the grader's own classes and everything else to the JDK: the lab host, also on the
     * grader's class path, stays out of reach of checks.
     */
    private static final class LabApiOnly extends ClassLoader {
        LabApiOnly() {
            super("lab-api", ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("dev.fixpoint.lab.") && !name.startsWith("dev.fixpoint.lab.host.") && !name.startsWith("dev.fixpoint.lab.local.")) {
                return Check.class.getClassLoader().loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
