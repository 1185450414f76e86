package dev.fixpoint.grading;

import dev.fixpoint.catalog.LabManifest.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

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
        assertRefusedAtLine7(body, member, rule);
    }

    /** The JDK facilities that call methods or construct objects named by a string, on the caller's behalf. */
    @ParameterizedTest(name = "{1} is refused")
    @CsvSource(delimiter = '|', value = {
            "return new java.beans.Expression(Class.class, \"forName\", new Object[] {\"dev.fixpoint.worker.WorkerMain\"}).getValue(); | java.beans.Expression (constructor) | reflection",
            "new java.beans.Statement(Runtime.getRuntime(), \"exec\", new Object[] {\"id\"}).execute(); return null;        | java.beans.Statement (constructor) | reflection",
            "return java.beans.EventHandler.create(Runnable.class, Runtime.getRuntime(), \"gc\");                            | java.beans.EventHandler.create | reflection",
            "return new java.beans.XMLDecoder(new java.io.ByteArrayInputStream(new byte[0])).readObject();                   | java.beans.XMLDecoder (constructor) | reflection",
            "new java.beans.XMLEncoder(new java.io.ByteArrayOutputStream()).writeObject(1); return null;                      | java.beans.XMLEncoder (constructor) | reflection",
            "return java.beans.Beans.instantiate(null, \"java.lang.Object\");                                                | java.beans.Beans.instantiate | reflection",
            "return java.beans.Introspector.getBeanInfo(Code.class);                                                         | java.beans.Introspector.getBeanInfo | reflection",
            "return java.beans.PropertyEditorManager.findEditor(Code.class);                                                 | java.beans.PropertyEditorManager.findEditor | reflection",
            "return java.lang.invoke.MethodHandleProxies.asInterfaceInstance(Runnable.class, null);                          | java.lang.invoke.MethodHandleProxies.asInterfaceInstance | reflection",
            "java.util.logging.LogManager.getLogManager().readConfiguration(new java.io.ByteArrayInputStream(new byte[0])); return null; | java.util.logging.LogManager.readConfiguration | reflection",
            "return new javax.naming.InitialContext().lookup(\"ldap://127.0.0.1/x\");                                         | javax.naming.InitialContext (constructor) | reflection",
            "return new javax.script.ScriptEngineManager().getEngineByName(\"js\");                                           | javax.script.ScriptEngineManager (constructor) | class loading",
            "return javax.tools.ToolProvider.getSystemJavaCompiler();                                                        | javax.tools.ToolProvider.getSystemJavaCompiler | class loading",
            "return jdk.jshell.JShell.create();                                                                              | jdk.jshell.JShell.create | class loading",
            "return ServiceLoader.load(Runnable.class);                                                                      | java.util.ServiceLoader.load | class loading",
            "return com.sun.tools.javac.Main.compile(new String[0]);                                                         | com.sun.tools.javac.Main.compile | JDK internals",
            "return java.lang.management.ManagementFactory.getPlatformMBeanServer();                                         | java.lang.management.ManagementFactory.getPlatformMBeanServer | JDK internals",
            "return new javax.management.ObjectName(\"com.sun.management:type=DiagnosticCommand\");                           | javax.management.ObjectName (constructor) | JDK internals",
            "return java.rmi.Naming.lookup(\"rmi://127.0.0.1/x\");                                                            | java.rmi.Naming.lookup | raw network access",
            "java.awt.Desktop.getDesktop().open(new java.io.File(\"/\")); return null;                                        | java.awt.Desktop.getDesktop | process creation",
            "return java.util.concurrent.CompletableFuture.completedFuture(1).defaultExecutor();                             | java.util.concurrent.CompletableFuture.defaultExecutor | starting threads",
            "return new java.util.concurrent.SubmissionPublisher<String>();                                                  | java.util.concurrent.SubmissionPublisher (constructor) | starting threads",
            "new java.util.concurrent.ConcurrentHashMap<String, Integer>().forEach(1, (k, v) -> { }); return null;           | java.util.concurrent.ConcurrentHashMap.forEach | starting threads",
            "return new java.util.concurrent.ConcurrentHashMap<String, Integer>().reduceValuesToInt(1, v -> v, 0, Integer::sum); | java.util.concurrent.ConcurrentHashMap.reduceValuesToInt | starting threads",
            "return java.nio.channels.AsynchronousFileChannel.open(java.nio.file.Path.of(\"/tmp/x\"));                        | java.nio.channels.AsynchronousFileChannel.open | starting threads",
            "return java.nio.channels.AsynchronousSocketChannel.open();                                                      | java.nio.channels.AsynchronousSocketChannel.open | starting threads",
            "return java.nio.file.FileSystems.getDefault().newWatchService();                                                | java.nio.file.FileSystem.newWatchService | starting threads",
            "java.awt.EventQueue.invokeLater(() -> { }); return null;                                                        | java.awt.EventQueue.invokeLater | starting threads",
    })
    void facilitiesThatCallMembersByNameAreRefusedNamingTheCallAndLine(String body, String member, String rule) throws Exception {
        assertRefusedAtLine7(body, member, rule);
    }

    /** Forbidden types held rather than called: constants, casts, arrays and the descriptors of what is called. */
    @ParameterizedTest(name = "{1} is refused")
    @CsvSource(delimiter = '|', value = {
            "return java.io.FileDescriptor.class;                                                   | java.io.FileDescriptor (class literal) | the process's standard streams",
            "return java.io.FileDescriptor[][].class;                                               | java.io.FileDescriptor (class literal) | the process's standard streams",
            "return sun.misc.Unsafe.class;                                                          | sun.misc.Unsafe (class literal)        | JDK internals",
            "return java.lang.reflect.Method.class;                                                 | java.lang.reflect.Method (class literal) | reflection",
            "Object fd = List.of().isEmpty() ? null : 1; return (java.io.FileDescriptor) fd;        | java.io.FileDescriptor (cast)          | the process's standard streams",
            "Object process = List.of(); return process instanceof Process;                          | java.lang.Process (instanceof)         | process creation",
            "return new ProcessBuilder[1];                                                          | java.lang.ProcessBuilder (array)       | process creation",
            "return new Process[1][1];                                                              | java.lang.Process (array)              | process creation",
            "return new java.io.FileOutputStream(new java.io.FileInputStream(\"/dev/null\").getFD()); | java.io.FileOutputStream (constructor) with java.io.FileDescriptor | the process's standard streams",
            "java.util.function.Supplier<Object> loader = Thread.currentThread()::getContextClassLoader; return loader; | java.lang.Thread.getContextClassLoader with java.lang.ClassLoader | class loading",
            "Object value = List.of(); return switch (value) { case Process p -> 1; default -> 0; }; | java.lang.Process (class literal)      | process creation",
    })
    void forbiddenTypesInConstantsCastsArraysAndDescriptorsAreRefused(String body, String member, String rule) throws Exception {
        assertRefusedAtLine7(body, member, rule);
    }

    /** SQL that makes H2 run Java where this scan never looks; text built at run time gets past it (H2's setting stops that). */
    @ParameterizedTest(name = "{1} is refused")
    @CsvSource(delimiter = '|', value = {
            "return \"CREATE ALIAS EXEC FOR \\\"java.lang.Runtime.exec\\\"\";                                   | CREATE ALIAS",
            "String name = List.of(\"X\").get(0); return \"create alias \" + name + \" as $$ void x() { } $$\";    | CREATE ALIAS",
            "return \"CREATE FORCE TRIGGER T BEFORE INSERT ON ITEMS CALL \\\"learner.Code\\\"\";                     | CREATE TRIGGER",
            "return \"CREATE AGGREGATE A FOR \\\"learner.Code\\\"\";                                              | CREATE AGGREGATE",
    })
    void sqlThatDefinesJavaFunctionsIsRefused(String body, String statement) throws Exception {
        assertRefusedAtLine7(body, "the SQL statement " + statement + " (Java code run by the database)", "class loading");
    }

    private static void assertRefusedAtLine7(String body, String member, String rule) throws Exception {
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
                new java.util.concurrent.ConcurrentHashMap<>(counts).forEach((word, count) -> text.append(word));
                Object[][] grid = new String[2][2];
                String sql = "CREATE TABLE items (id INT, alias VARCHAR(20)); SELECT alias FROM items";
                var changes = new java.beans.PropertyChangeSupport(text);
                changes.firePropertyChange("size", 0, text.length());
                return text + kind + sql + Code.class.getSimpleName() + Integer[].class + ((String) "x") + (value instanceof String)
                        + grid.length + java.nio.file.Files.exists(java.nio.file.Path.of("/tmp"));
                """, Set.of())).isEmpty();
    }

    @Test
    void aLabThatAllowsReflectionAllowsTheJavaBeansFacilitiesButNotForbiddenTypes() throws Exception {
        assertThat(scan("return new java.beans.Expression(Class.class, \"forName\", new Object[] {\"x\"}).getValue();",
                EnumSet.of(Capability.REFLECTION))).isEmpty();
        assertThat(scan("return java.io.FileDescriptor.class;", EnumSet.allOf(Capability.class)))
                .extracting(PolicyViolation::member, PolicyViolation::rule)
                .containsExactly(tuple("java.io.FileDescriptor (class literal)", "the process's standard streams"));
    }

    @Test
    void aMemberUnderTwoRulesNeedsBothAllowed() throws Exception {
        String body = "return java.nio.channels.AsynchronousSocketChannel.open();";

        assertThat(scan(body, EnumSet.of(Capability.THREADS))).extracting(PolicyViolation::rule).containsExactly("raw network access");
        assertThat(scan(body, EnumSet.of(Capability.NETWORK))).extracting(PolicyViolation::rule).containsExactly("starting threads");
        assertThat(scan(body, EnumSet.of(Capability.THREADS, Capability.NETWORK))).isEmpty();
    }

    /** A class whose run() loads one dynamic constant on line 12: what a hand-made class file can hold. */
    private static List<PolicyViolation> scanDynamicConstant(ConstantDynamic constant) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V21, Opcodes.ACC_PUBLIC, "learner/Condy", null, "java/lang/Object", null);
        MethodVisitor run = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()Ljava/lang/Object;", null, null);
        run.visitCode();
        Label start = new Label();
        run.visitLabel(start);
        run.visitLineNumber(12, start);
        run.visitLdcInsn(constant);
        run.visitInsn(Opcodes.ARETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        writer.visitEnd();
        return BytecodePolicy.scan(Map.of("learner.Condy", writer.toByteArray()), Map.of("learner.Condy", "src/learner/Condy.java"),
                EnumSet.allOf(Capability.class));
    }

    private static Handle constantBootstrap(String name, String descriptor) {
        return new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps", name, descriptor, false);
    }

    @Test
    void aDynamicConstantReadingFileDescriptorOutIsRefused() {
        ConstantDynamic out = new ConstantDynamic("out", "Ljava/io/FileDescriptor;", constantBootstrap("getStaticFinal",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;"));

        assertThat(scanDynamicConstant(out)).extracting(PolicyViolation::member, PolicyViolation::rule, PolicyViolation::line)
                .contains(tuple("java.io.FileDescriptor (dynamic constant)", "the process's standard streams", 12));
    }

    @Test
    void aDynamicConstantNamingAForbiddenClassOrMethodIsRefused() {
        ConstantDynamic field = new ConstantDynamic("err", "Ljava/lang/Object;", constantBootstrap("getStaticFinal",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/Class;)Ljava/lang/Object;"),
                Type.getObjectType("java/io/FileDescriptor"));
        ConstantDynamic exit = new ConstantDynamic("exit", "Ljava/lang/Object;", constantBootstrap("invoke",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;)Ljava/lang/Object;"),
                new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false), 0);

        assertThat(scanDynamicConstant(field)).extracting(PolicyViolation::member, PolicyViolation::rule, PolicyViolation::line)
                .contains(tuple("java.io.FileDescriptor (class literal)", "the process's standard streams", 12));
        assertThat(scanDynamicConstant(exit)).extracting(PolicyViolation::member, PolicyViolation::rule, PolicyViolation::line)
                .contains(tuple("java.lang.System.exit", "stopping the JVM", 12));
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
