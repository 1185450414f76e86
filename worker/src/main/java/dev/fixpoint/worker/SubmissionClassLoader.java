package dev.fixpoint.worker;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * Defines the classes of one submission (the learner's and the lab's), compiled outside the sandbox, and serves its
 * resources: the editable files of a configuration runtime, which the lab's services read with
 * {@code getClass().getResourceAsStream("/path")}.
 */
final class SubmissionClassLoader extends ClassLoader {

    private final Map<String, byte[]> classes;
    private final Map<String, byte[]> resources;

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
}
