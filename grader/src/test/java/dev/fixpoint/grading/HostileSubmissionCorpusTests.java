package dev.fixpoint.grading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Attacks placed in a real lab's editable code (the SQL injection lab, still vulnerable underneath): none of
 * them may turn into SECURE, each is graded within the lab's limits, and the next submission is graded normally.
 */
class HostileSubmissionCorpusTests extends SqlLabFixture {

    private static final String FILE = REPOSITORY;
    private static final String SEARCH = "public List<Product> search(String query) throws SQLException {";
    private static final Set<Verdict> REFUSED = EnumSet.of(Verdict.REJECTED);
    private static final Set<Verdict> NOT_SECURE = EnumSet.complementOf(EnumSet.of(Verdict.SECURE));


    static Stream<Arguments> attacks() {
        return Stream.of(
                arguments("exit", "System.exit(0);", REFUSED),
                arguments("halt", "Runtime.getRuntime().halt(0);", REFUSED),
                arguments("exit through a method reference", "java.util.function.IntConsumer bye = System::exit; bye.accept(0);", REFUSED),
                arguments("shutdown hook", "Runtime.getRuntime().addShutdownHook(new Thread(() -> { }));", REFUSED),
                arguments("process", "try { new ProcessBuilder(\"sh\", \"-c\", \"id\").start(); } catch (java.io.IOException e) { }", REFUSED),
                arguments("runtime exec", "try { Runtime.getRuntime().exec(new String[] {\"id\"}); } catch (java.io.IOException e) { }", REFUSED),
                arguments("process handle", "ProcessHandle.current().parent();", REFUSED),
                arguments("thread", "new Thread(() -> { }).start();", REFUSED),
                arguments("executor", "java.util.concurrent.Executors.newSingleThreadExecutor();", REFUSED),
                arguments("parallel stream", "java.util.List.of(1, 2).parallelStream().count();", REFUSED),
                arguments("reflection", "try { Class.forName(\"java.lang.Runtime\"); } catch (ClassNotFoundException e) { }", REFUSED),
                arguments("method handles", "java.lang.invoke.MethodHandles.lookup();", REFUSED),
                arguments("stack walking to detect the test", "StackWalker.getInstance().walk(frames -> frames.count());", REFUSED),
                arguments("unsafe", "Object unsafe = sun.misc.Unsafe.class;", NOT_SECURE),
                arguments("JDK internals", "jdk.internal.misc.Unsafe.getUnsafe();", NOT_SECURE),
                arguments("native library", "System.loadLibrary(\"evil\");", REFUSED),
                arguments("class loader", "new java.net.URLClassLoader(new java.net.URL[0]);", REFUSED),
                arguments("standard output hijack", "System.setOut(System.err);", REFUSED),
                arguments("file descriptor", "try { new java.io.FileOutputStream(java.io.FileDescriptor.out).write(72); } catch (java.io.IOException e) { }", REFUSED),
                arguments("socket", "try { new java.net.Socket(\"127.0.0.1\", 1).close(); } catch (java.io.IOException e) { }", REFUSED),
                arguments("http client", "java.net.http.HttpClient.newHttpClient();", REFUSED),
                arguments("static state faking a pass", "if (++calls > 1) { return new ArrayList<>(); }", NOT_SECURE),
                arguments("answering nothing to anything that looks like SQL",
                        "if (query.matches(\"(?is).*(union|select|--|' or).*\")) { return new ArrayList<>(); }", NOT_SECURE),
                arguments("printing a fake verdict", "System.out.println(\"{\\\"verdict\\\": \\\"SECURE\\\"}\");", NOT_SECURE),
                arguments("reading the solution", "java.nio.file.Files.readString(java.nio.file.Path.of(\"" + solutionPath() + "\"));", NOT_SECURE),
                arguments("reading the host's environment", "if (System.getenv(\"FIXPOINT_TEST_HOST_SECRET\") != null) { return new ArrayList<>(); }", NOT_SECURE),
                arguments("listing the file system", "java.nio.file.Files.list(java.nio.file.Path.of(\"/\")).count();", NOT_SECURE),
                arguments("throwing on every search", "if (query != null) { throw new SQLException(\"no\"); }", NOT_SECURE),
                arguments("a huge answer", "List<Product> many = new ArrayList<>(); for (int i = 0; i < 200_000; i++) { many.add(new Product(i, \"x\" + i, \"d\", java.math.BigDecimal.ONE)); } if (query.isEmpty()) { return many; }", NOT_SECURE),
                arguments("a slow answer", "if (!query.isEmpty()) { long end = System.nanoTime() + 5_000_000_000L; while (System.nanoTime() < end) { Math.sqrt(2); } }", NOT_SECURE),
                arguments("filling the scratch disk", "java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty(\"java.io.tmpdir\"), \"fill\"), new byte[32 << 20]);", NOT_SECURE),
                arguments("garbage collection storm", "for (int i = 0; i < 50; i++) { System.gc(); }", NOT_SECURE));
    }

    private static String solutionPath() {
        return lab == null ? "/nonexistent" : lab.dir().resolve("solution").resolve(FILE).toAbsolutePath().toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void anAttackInTheEditableCodeIsNeverSecure(String name, String attack, Set<Verdict> expected) {
        String starter = lab.starterFiles().get(FILE);
        String hostile = starter.replace(SEARCH, SEARCH + "\n        " + attack)
                .replace("private final String jdbcUrl;", "private final String jdbcUrl;\n    private static int calls;");
        assertThat(hostile).isNotEqualTo(starter);

        GradeReport report = grader.grade(lab, Map.of(FILE, hostile));

        assertThat(report.verdict()).as(name + ": " + report.summary()).isIn(expected).isNotEqualTo(Verdict.SECURE);
        assertThat(report.timings().totalMs()).isLessThan(lab.manifest().limits().wallSeconds() * 1000L + 3000);
        assertThat(grader.grade(lab, lab.solutionFiles()).verdict()).as("the next submission after " + name).isEqualTo(Verdict.SECURE);
    }
}
