package dev.fixpoint.worker;

import java.util.Map;

/** Defines the classes of one submission (the learner's and the lab's), compiled outside the sandbox. */
final class SubmissionClassLoader extends ClassLoader {

    private final Map<String, byte[]> classes;

    SubmissionClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("submission", parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
