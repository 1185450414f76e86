package dev.fixpoint.grading;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A lab's code that learners cannot edit, compiled once, so that a submission compiles only its editable files.
 * This is sound only while the fixed classes still link against the submission: they were compiled against the
 * starter's editable classes, so the submission's editable classes must offer exactly the starter's
 * {@linkplain #apiOf API} (every non-private member's name, type, flags, generic signature, exceptions and
 * constant value, and each class's supertypes). When it does not, the grader compiles the whole lab instead.
 */
final class FixedCode implements AutoCloseable {

    private final Path classesDir;
    private final Map<String, byte[]> classes;
    private final String editableApi;

    private FixedCode(Path classesDir, Map<String, byte[]> classes, String editableApi) {
        this.classesDir = classesDir;
        this.classes = classes;
        this.editableApi = editableApi;
    }

    /**
     * Splits a full compile of the lab's starter code into the fixed classes, written to a private folder for
     * javac's class path, and the API of the editable ones.
     */
    static FixedCode of(InMemoryCompiler.Result starter, Set<String> editableFiles) {
        Map<String, byte[]> fixed = new TreeMap<>();
        Map<String, byte[]> editable = new TreeMap<>();
        starter.classes().forEach((name, bytes) ->
                (editableFiles.contains(starter.classSource().get(name)) ? editable : fixed).put(name, bytes));
        try {
            Path dir = Files.createTempDirectory("fixpoint-fixed-");
            for (var entry : fixed.entrySet()) {
                Path file = dir.resolve(entry.getKey().replace('.', '/') + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
            return new FixedCode(dir, Map.copyOf(fixed), apiOf(editable));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a lab's compiled fixed code: " + e.getMessage(), e);
        }
    }

    Path classesDir() {
        return classesDir;
    }

    Map<String, byte[]> classes() {
        return classes;
    }

    /** Whether the fixed classes link against these editable classes as they did against the starter's. */
    boolean linksWith(Map<String, byte[]> editableClasses) {
        return editableApi.equals(apiOf(editableClasses));
    }

    /**
     * What code outside these classes can depend on, as text. Anonymous and local classes are left out: nothing
     * outside their source file can name them.
     */
    static String apiOf(Map<String, byte[]> classes) {
        StringBuilder api = new StringBuilder();
        new TreeMap<>(classes).forEach((name, bytes) -> {
            if (!name.matches(".*\\$[0-9].*")) {
                new ClassReader(bytes).accept(new ApiWriter(api), ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            }
        });
        return api.toString();
    }

    @Override
    public void close() {
        try (var files = Files.walk(classesDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover folder of class files in the temporary folder harms nothing.
        }
    }

    /** Writes a class's non-private members, one per line, sorted so that declaration order does not matter. */
    private static final class ApiWriter extends ClassVisitor {
        private final StringBuilder api;
        private final Set<String> members = new TreeSet<>();
        private String className;

        ApiWriter(StringBuilder api) {
            super(Opcodes.ASM9);
            this.api = api;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name;
            api.append("class ").append(access).append(' ').append(name).append(' ').append(signature).append(' ')
                    .append(superName).append(' ').append(Arrays.toString(interfaces)).append('\n');
        }

        @Override
        public void visitInnerClass(String name, String outerName, String innerName, int access) {
            // Its own member classes only: anonymous and local ones have no outer name; others' are merely used.
            if (className.equals(outerName) && innerName != null) {
                members.add("inner " + name + " " + outerName + " " + innerName + " " + access);
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            if ((access & Opcodes.ACC_PRIVATE) == 0) {
                members.add("field " + access + " " + name + " " + descriptor + " " + signature + " " + value);
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_PRIVATE) == 0) {
                members.add("method " + access + " " + name + descriptor + " " + signature + " " + Arrays.toString(exceptions));
            }
            return null;
        }

        @Override
        public void visitEnd() {
            members.forEach(member -> api.append("  ").append(member).append('\n'));
        }
    }
}
