package dev.fixpoint.grading;

import dev.fixpoint.catalog.LabManifest.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BytecodePolicyTests {

    private static final InMemoryCompiler COMPILER = new InMemoryCompiler();

    private static List<PolicyViolation> scan(String body, Set<Capability> allowed) throws Exception {
        String source = """
                package learner;

                import java.util.*;

                public class Code {
                    public Object run() throws Exception {
                        %s
                    }
                }
                """.formatted(body);
        InMemoryCompiler.Result result = COMPILER.compile(Map.of("src/learner/Code.java", source), List.of(Path.of(".")), 20_000);
        assertThat(result.errors()).as("fixture compiles").isEmpty();
        return BytecodePolicy.scan(result.classes(), result.classSource(), allowed);
    }

    @ParameterizedTest(name = "{1} is refused")
    @CsvSource(delimiter = '|', value = {
            "System.exit(1); return null;                                                    | java.lang.System.exit           | stopping the JVM",
            "Runtime.getRuntime().halt(1); return null;                                      | java.lang.Runtime.halt          | stopping the JVM",
            "java.util.function.IntConsumer exit = System::exit; return exit;                | java.lang.System.exit           | stopping the JVM",
            "return Runtime.getRuntime().exec(new String[] {\"sh\"});                        | java.lang.Runtime.exec          | process creation",
            "return new ProcessBuilder(\"sh\").start();                                      | java.lang.ProcessBuilder (constructor) | process creation",
            "System.loadLibrary(\"evil\"); return null;                                      | java.lang.System.loadLibrary    | native code",
            "return new java.io.FileOutputStream(java.io.FileDescriptor.out);               | java.io.FileDescriptor.out      | the process's standard streams",
            "System.setOut(null); return null;                                               | java.lang.System.setOut         | the process's standard streams",
            "return new java.net.URLClassLoader(new java.net.URL[0]);                        | java.net.URLClassLoader (constructor) | class loading",
            "return Class.forName(\"java.lang.Runtime\");                                    | java.lang.Class.forName         | reflection",
            "return Code.class.getDeclaredMethods();                                        | java.lang.Class.getDeclaredMethods | reflection",
            "return java.lang.invoke.MethodHandles.lookup();                                 | java.lang.invoke.MethodHandles.lookup | reflection",
            "new Thread(() -> { }).start(); return null;                                     | java.lang.Thread (constructor)  | starting threads",
            "return java.util.concurrent.Executors.newCachedThreadPool();                    | java.util.concurrent.Executors.newCachedThreadPool | starting threads",
            "return List.of(1, 2).parallelStream().count();                                  | java.util.List.parallelStream | starting threads",
            "return new java.net.Socket(\"127.0.0.1\", 80);                                  | java.net.Socket (constructor)   | raw network access",
            "return java.net.http.HttpClient.newHttpClient();                                | java.net.http.HttpClient.newHttpClient | raw network access",
            "return java.util.concurrent.CompletableFuture.completedFuture(1).thenApplyAsync(n -> n + 1); | java.util.concurrent.CompletableFuture.thenApplyAsync | starting threads",
            "int[] values = {3, 1, 2}; Arrays.parallelSort(values); return values;           | java.util.Arrays.parallelSort   | starting threads",
            "java.lang.ref.Cleaner.create(); return null;                                   | java.lang.ref.Cleaner.create    | starting threads",
            "return Object.class.getModule().addOpens(\"java.lang\", Code.class.getModule()); | java.lang.Module.addOpens     | JDK internals",
            "return sun.misc.Unsafe.getUnsafe().allocateMemory(1 << 30);                     | sun.misc.Unsafe.getUnsafe       | JDK internals",
            "return java.lang.invoke.MethodHandles.lookup().defineClass(new byte[0]);         | java.lang.invoke.MethodHandles$Lookup.defineClass | class loading",
    })
    void forbiddenCallsAreRefusedNamingTheCallAndLine(String body, String member, String rule) throws Exception {
        List<PolicyViolation> violations = scan(body, Set.of());

        assertThat(violations).extracting(PolicyViolation::member).contains(member);
        PolicyViolation violation = violations.stream().filter(v -> v.member().equals(member)).findFirst().orElseThrow();
        assertThat(violation.rule()).isEqualTo(rule);
        assertThat(violation.file()).isEqualTo("src/learner/Code.java");
        assertThat(violation.line()).isEqualTo(7);
    }

    @Test
    void ordinaryCodeIsAllowed() throws Exception {
        assertThat(scan("""
                Map<String, Integer> counts = new TreeMap<>();
                List.of("a", "b", "a").forEach(word -> counts.merge(word, 1, Integer::sum));
                record Pair(String word, int count) { }
                StringBuilder text = new StringBuilder();
                counts.forEach((word, count) -> text.append(new Pair(word, count)));
                Object value = counts;
                String kind = switch (value) { case Map<?, ?> map -> "map " + map.size(); default -> "other"; };
                return text + kind + Code.class.getSimpleName() + java.nio.file.Files.exists(java.nio.file.Path.of("/tmp"));
                """, Set.of())).isEmpty();
    }

    @Test
    void aLabCanAllowThreadsReflectionAndNetwork() throws Exception {
        assertThat(scan("new Thread(() -> { }).start(); return java.net.http.HttpClient.newHttpClient();",
                EnumSet.of(Capability.THREADS, Capability.NETWORK))).isEmpty();
        assertThat(scan("return Class.forName(\"x\");", EnumSet.of(Capability.REFLECTION))).isEmpty();
    }

    @Test
    void noCapabilityAllowsExitOrProcesses() throws Exception {
        assertThat(scan("System.exit(0); return new ProcessBuilder(\"sh\");", EnumSet.allOf(Capability.class)))
                .extracting(PolicyViolation::rule).containsExactlyInAnyOrder("stopping the JVM", "process creation");
    }

    @Test
    void aNativeMethodIsRefused() throws Exception {
        String source = """
                package learner;

                public class Jni {
                    private static native int evil();

                    public Object run() {
                        return evil();
                    }
                }
                """;
        InMemoryCompiler.Result result = COMPILER.compile(Map.of("src/learner/Jni.java", source), List.of(Path.of(".")), 20_000);

        assertThat(BytecodePolicy.scan(result.classes(), result.classSource(), EnumSet.allOf(Capability.class)))
                .extracting(PolicyViolation::member, PolicyViolation::rule).contains(tuple("native method evil", "native code"));
    }

    @Test
    void foreignFunctionCallsAreRefusedEvenWhereTheCompilerWouldAllowThem() {
        // At --release 21 java.lang.foreign is a preview API that javac refuses; this class file is what a later release would emit.
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V21, Opcodes.ACC_PUBLIC, "learner/Ffm", null, "java/lang/Object", null);
        MethodVisitor run = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()Ljava/lang/Object;", null, null);
        run.visitCode();
        run.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/foreign/Arena", "global", "()Ljava/lang/foreign/Arena;", true);
        run.visitInsn(Opcodes.ARETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        writer.visitEnd();

        assertThat(BytecodePolicy.scan(Map.of("learner.Ffm", writer.toByteArray()), Map.of("learner.Ffm", "src/learner/Ffm.java"),
                EnumSet.allOf(Capability.class)))
                .extracting(PolicyViolation::member, PolicyViolation::rule).contains(tuple("java.lang.foreign.Arena.global", "native code"));
    }

    @Test
    void aJdkMethodCalledThroughTheSubmissionsOwnSubclassIsRuledLikeTheJdkOne() throws Exception {
        assertThat(scan("""
                class Numbers extends ArrayList<Integer> { }
                return new Numbers().parallelStream().count();
                """, Set.of())).extracting(PolicyViolation::member, PolicyViolation::rule)
                .contains(tuple("learner.Code$1Numbers.parallelStream", "starting threads"));
    }

    @Test
    void subclassingThreadOrClassLoaderIsRefused() throws Exception {
        String source = """
                package learner;

                public class Sneaky extends ClassLoader {
                    public Class<?> define(byte[] bytes) {
                        return defineClass(null, bytes, 0, bytes.length);
                    }
                }
                """;
        InMemoryCompiler.Result result = COMPILER.compile(Map.of("src/learner/Sneaky.java", source), List.of(Path.of(".")), 20_000);

        assertThat(BytecodePolicy.scan(result.classes(), result.classSource(), EnumSet.allOf(Capability.class)))
                .extracting(PolicyViolation::member).contains("extends java.lang.ClassLoader");
    }
}
