package dev.fixpoint.grading;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.sandbox.LoopbackListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Attacks placed in a real lab's editable code (the SQL injection lab, still vulnerable underneath): none of
 * them may turn into SECURE, each is graded within the lab's limits, the host is unchanged, and the next
 * submission is graded normally.
 *
 * <p>An attack that would gain something if it worked calls {@code pass(query)}, the reference fix, when it
 * does: its success would then show as a SECURE verdict, so "not SECURE" really says that it failed.
 *
 * <p>The table's attacks hold under any isolation; those aimed at what the test planted on the host (files, a
 * listener on 127.0.0.1, a marker a process would create) need bubblewrap and have tests of their own. Every
 * attack is graded through the one grader, two at a time, ahead of the test that asserts on it.
 */
@Tag("sandbox")
class HostileSubmissionCorpusTests extends SqlLabFixture {

    private static final String FILE = REPOSITORY;
    private static final String SEARCH = "public List<Product> search(String query) throws SQLException {";
    private static final Set<Verdict> REFUSED = EnumSet.of(Verdict.REJECTED);
    /** Refused before running: by the compiler (an API that is preview at the lab's release) or by the policy. */
    private static final Set<Verdict> NEVER_RUNS = EnumSet.of(Verdict.COMPILE_ERROR, Verdict.REJECTED);
    /** Ran and was not SECURE; a compile error would mean the attack was never tried, so it does not count. */
    private static final Set<Verdict> NOT_SECURE = EnumSet.complementOf(EnumSet.of(Verdict.SECURE, Verdict.COMPILE_ERROR));
    private static final Set<Verdict> VULNERABLE = EnumSet.of(Verdict.VULNERABLE);
    private static final Set<Verdict> TIMEOUT = EnumSet.of(Verdict.TIMEOUT);
    private static final Set<Verdict> CRASHED = EnumSet.of(Verdict.CRASHED);
    /** Gradings in flight at once: enough to overlap the waits for time limits, few enough for two cores. */
    private static final int CONCURRENT_GRADINGS = 2;
    /** Attacks of the table whose grading is started before their test runs, so that a long one does not stall the rest. */
    private static final int GRADINGS_AHEAD = 8;

    /** The reference fix, which an attack calls when it worked. */
    private static final String PASS = """
                private List<Product> pass(String query) throws SQLException {
                    try (Connection connection = DriverManager.getConnection(jdbcUrl);
                         PreparedStatement statement = connection.prepareStatement("SELECT id, name, description, price FROM products "
                                 + "WHERE published = TRUE AND LOWER(name) LIKE ? ORDER BY id")) {
                        statement.setString(1, "%" + query.toLowerCase(java.util.Locale.ROOT) + "%");
                        try (ResultSet rows = statement.executeQuery()) {
                            List<Product> products = new ArrayList<>();
                            while (rows.next()) {
                                products.add(new Product(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBigDecimal(4)));
                            }
                            return products;
                        }
                    }
                }
            """;

    /**
     * One attack on ProductRepository: {@code members} are added to the class (fields, methods, nested classes,
     * static initialisers), {@code inSearch} runs at the start of search(), which then goes on to the starter's
     * vulnerable code, kept as {@code starterSearch(query)}.
     */
    record Attack(String name, String members, String inSearch, Set<Verdict> expected) {

        static Attack inSearch(String name, String code, Set<Verdict> expected) {
            return new Attack(name, "", code, expected);
        }

        static Attack member(String name, String code, Set<Verdict> expected) {
            return new Attack(name, code, "", expected);
        }

        static Attack both(String name, String members, String inSearch, Set<Verdict> expected) {
            return new Attack(name, members, inSearch, expected);
        }

        /** The hostile ProductRepository. */
        String source() {
            String starter = lab.starterFiles().get(FILE);
            assertThat(starter).contains(SEARCH);
            return starter.replace(SEARCH, members + "\n" + PASS + "\n    " + SEARCH + "\n" + inSearch
                    + "\n        return starterSearch(query);\n    }\n\n    private List<Product> starterSearch(String query) throws SQLException {");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The attack's report and that of the reference solution graded right after it. */
    record Graded(GradeReport attack, GradeReport next) {
    }

    static Stream<Attack> attacks() {
        return Stream.of(
                // Endless work, first: the attack that runs into the lab's wall limit is graded while the pool is full.
                // It naps rather than spins (a spinning loop follows), which spares the other gradings ten seconds of a core.
                Attack.member("an endless loop in a static initialiser",
                        "static { long naps = 0; while (naps >= 0) { naps++; try { Thread.sleep(100); } catch (InterruptedException e) { } } }", TIMEOUT),
                Attack.inSearch("an infinite loop", "long spins = 0; while (spins >= 0) { spins++; }", TIMEOUT),
                Attack.inSearch("a slow answer", "try { Thread.sleep(5_000); } catch (InterruptedException e) { }", TIMEOUT),
                Attack.inSearch("an answer that never ends", """
                        if (!query.isEmpty()) {
                            return new java.util.AbstractList<Product>() {
                                @Override public Product get(int i) {
                                    try { Thread.sleep(1); } catch (InterruptedException e) { }
                                    return new Product(i, "drip", "drip", BigDecimal.ONE);
                                }
                                @Override public int size() { return Integer.MAX_VALUE; }
                            };
                        }
                        """, TIMEOUT),

                // Stopping the JVM, directly or from a class initialiser.
                Attack.inSearch("exit", "System.exit(0);", REFUSED),
                Attack.inSearch("halt", "Runtime.getRuntime().halt(0);", REFUSED),
                Attack.inSearch("exit through a method reference", "java.util.function.IntConsumer bye = System::exit; bye.accept(0);", REFUSED),
                Attack.inSearch("shutdown hook", "Runtime.getRuntime().addShutdownHook(new Thread(() -> { }));", REFUSED),
                Attack.member("exit in a static initialiser", "static { System.exit(0); }", REFUSED),
                Attack.inSearch("stopping the JVM through a database function named in SQL text", """
                        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement()) {
                            statement.execute("CREATE ALIAS IF NOT EXISTS BYE FOR 'java.lang.System.exit'");
                            statement.execute("CALL BYE(0)");
                        }
                        """, REFUSED),
                // SQL built at run time gets past the policy; H2 in the worker refuses the function, and the starter's flaw stays.
                Attack.inSearch("stopping the JVM through a database function in SQL built at run time", """
                        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement()) {
                            statement.execute(String.join(" ", "CREATE", "ALIAS IF NOT EXISTS BYE FOR 'java.lang.System.exit'"));
                            statement.execute("CALL BYE(0)");
                        } catch (SQLException e) { }
                        """, VULNERABLE),

                // Processes.
                Attack.inSearch("process", "try { new ProcessBuilder(\"sh\", \"-c\", \"id\").start(); } catch (java.io.IOException e) { }", REFUSED),
                Attack.inSearch("runtime exec", "try { Runtime.getRuntime().exec(new String[] {\"id\"}); } catch (java.io.IOException e) { }", REFUSED),
                Attack.inSearch("process handle", "ProcessHandle.current().parent();", REFUSED),
                Attack.inSearch("process bomb", """
                        for (int i = 0; i < 1_000; i++) { try { new ProcessBuilder("sh", "-c", "sleep 60").start(); } catch (java.io.IOException e) { } }
                        """, REFUSED),

                // Threads.
                Attack.inSearch("thread", "new Thread(() -> { }).start();", REFUSED),
                Attack.inSearch("a thread bomb of virtual threads", "for (int i = 0; i < 1_000_000; i++) { Thread.startVirtualThread(() -> { }); }", REFUSED),
                Attack.member("a thread bomb in a static initialiser", "static { for (int i = 0; i < 10_000; i++) { new Thread(() -> { }).start(); } }", REFUSED),
                Attack.inSearch("executor", "java.util.concurrent.Executors.newSingleThreadExecutor();", REFUSED),
                Attack.inSearch("parallel stream", "java.util.List.of(1, 2).parallelStream().count();", REFUSED),
                Attack.inSearch("a thread bomb through asynchronous stages", """
                        java.util.concurrent.CompletableFuture<Integer> stage = java.util.concurrent.CompletableFuture.completedFuture(0);
                        for (int i = 0; i < 10_000; i++) { stage = stage.thenApplyAsync(n -> n + 1); }
                        """, REFUSED),
                Attack.both("a parallel stream through the submission's own list class", "static class Numbers extends ArrayList<Integer> { }",
                        "new Numbers().parallelStream().count();", REFUSED),

                // Memory and stack.
                Attack.both("a heap bomb", "private static final List<byte[]> HOG = new ArrayList<>();",
                        "for (int i = 0; i < 512; i++) { HOG.add(new byte[1 << 20]); } if (HOG.size() >= 512) { return pass(query); }", CRASHED),
                Attack.member("a heap bomb in a static initialiser",
                        "private static final List<byte[]> HOG = new ArrayList<>(); static { for (int i = 0; i < 4096; i++) { HOG.add(new byte[1 << 20]); } }", CRASHED),
                Attack.both("a direct-memory bomb", "private static final List<java.nio.ByteBuffer> HOG = new ArrayList<>();", """
                        try { for (int i = 0; i < 256; i++) { HOG.add(java.nio.ByteBuffer.allocateDirect(1 << 20)); } return pass(query); } catch (OutOfMemoryError e) { }
                        """, NOT_SECURE),
                Attack.inSearch("a native-memory bomb through Unsafe", """
                        sun.misc.Unsafe unsafe = sun.misc.Unsafe.getUnsafe();
                        for (int i = 0; i < 1024; i++) { unsafe.setMemory(unsafe.allocateMemory(1 << 20), 1 << 20, (byte) 1); }
                        """, REFUSED),
                Attack.inSearch("a native-memory bomb through the foreign memory API", """
                        java.lang.foreign.Arena arena = java.lang.foreign.Arena.global();
                        for (int i = 0; i < 1024; i++) { arena.allocate(1 << 20).fill((byte) 1); }
                        """, NEVER_RUNS),
                Attack.both("deep recursion", "private static int dive(int depth) { try { return dive(depth + 1); } catch (StackOverflowError e) { return depth; } }",
                        "if (dive(0) > 1_000_000) { return pass(query); }", VULNERABLE),
                Attack.member("a huge failure message from a static initialiser",
                        "static { if (System.nanoTime() != 0) { throw new IllegalStateException(\"boom \".repeat(1 << 20)); } }", CRASHED),
                Attack.member("deep recursion in a static initialiser",
                        "private static final int DEPTH = dive(0); private static int dive(int depth) { return dive(depth + 1) + 1; }", CRASHED),
                Attack.inSearch("garbage collection storm", "for (int i = 0; i < 3; i++) { System.gc(); }", NOT_SECURE),

                // Native code and the JDK's insides.
                Attack.both("a JNI method", "private static native void escape();", "escape();", REFUSED),
                Attack.inSearch("native library", "System.loadLibrary(\"evil\");", REFUSED),
                Attack.inSearch("a foreign function call", """
                        java.lang.foreign.Linker linker = java.lang.foreign.Linker.nativeLinker();
                        linker.defaultLookup().find("abort").ifPresent(abort -> linker.downcallHandle(abort, java.lang.foreign.FunctionDescriptor.ofVoid()));
                        """, NEVER_RUNS),
                Attack.inSearch("unsafe", "Object unsafe = sun.misc.Unsafe.class;", REFUSED),
                Attack.inSearch("JDK internals", "jdk.internal.misc.Unsafe.getUnsafe();", NEVER_RUNS),
                Attack.inSearch("opening a JDK module to the submission", "Object.class.getModule().addOpens(\"java.lang\", ProductRepository.class.getModule());", REFUSED),

                // Reflection, class loading and classes defined at run time.
                Attack.inSearch("reflection", "try { Class.forName(\"java.lang.Runtime\"); } catch (ClassNotFoundException e) { }", REFUSED),
                Attack.inSearch("method handles", "java.lang.invoke.MethodHandles.lookup();", REFUSED),
                Attack.inSearch("stack walking to detect the test", "StackWalker.getInstance().walk(frames -> frames.count());", REFUSED),
                Attack.inSearch("a dynamic proxy", "java.lang.reflect.Proxy.newProxyInstance(null, new Class<?>[] {Runnable.class}, (proxy, method, arguments) -> null);", REFUSED),
                Attack.inSearch("class loader", "new java.net.URLClassLoader(new java.net.URL[0]);", REFUSED),
                Attack.both("a class loader of its own", """
                        static class Loader extends ClassLoader { Class<?> define(byte[] bytes) { return defineClass(null, bytes, 0, bytes.length); } }
                        """, "new Loader().define(new byte[0]);", REFUSED),
                Attack.inSearch("defining a class at run time through a lookup", """
                        try { java.lang.invoke.MethodHandles.lookup().defineClass(new byte[0]); } catch (IllegalAccessException e) { }
                        """, REFUSED),
                Attack.inSearch("loading the hidden checks by name", "try { Class.forName(\"checks.SearchInjection\"); return pass(query); } catch (ClassNotFoundException e) { }", REFUSED),
                Attack.inSearch("finding the hidden checks on the class path", """
                        if (ProductRepository.class.getResource("/checks/SearchInjection.class") != null
                                || ProductRepository.class.getResource("/checks/SearchInjection.java") != null) { return pass(query); }
                        """, VULNERABLE),

                // What the rules above refuse, reached through JDK facilities that call or construct by name, or held as a constant.
                Attack.inSearch("reading FileDescriptor.out through java.beans and Class.getField", """
                        try {
                            Object type = new java.beans.Expression(Class.class, "forName", new Object[] {"java.io.FileDescriptor"}).getValue();
                            Object field = new java.beans.Expression(type, "getField", new Object[] {"out"}).getValue();
                            if (new java.beans.Expression(field, "get", new Object[] {null}).getValue() != null) { return pass(query); }
                        } catch (Exception e) { }
                        """, REFUSED),
                Attack.inSearch("starting a thread through java.beans", """
                        try {
                            Runnable task = () -> { };
                            Object thread = new java.beans.Expression(Thread.class, "new", new Object[] {task}).getValue();
                            new java.beans.Statement(thread, "start", new Object[0]).execute();
                            return pass(query);
                        } catch (Exception e) { }
                        """, REFUSED),
                Attack.inSearch("loading the worker's main class by name through java.beans", """
                        try {
                            new java.beans.Expression(Class.class, "forName", new Object[] {"dev.fixpoint.worker.WorkerMain"}).getValue();
                            return pass(query);
                        } catch (Exception e) { }
                        """, REFUSED),
                Attack.inSearch("starting a process through java.beans", """
                        try {
                            Object type = new java.beans.Expression(Class.class, "forName", new Object[] {"java.lang.ProcessBuilder"}).getValue();
                            Object builder = new java.beans.Expression(type, "new", new Object[] {new String[] {"id"}}).getValue();
                            new java.beans.Statement(builder, "start", new Object[0]).execute();
                            return pass(query);
                        } catch (Exception e) { }
                        """, REFUSED),
                Attack.inSearch("calling a method by name through java.beans.EventHandler", """
                        Runnable collect = java.beans.EventHandler.create(Runnable.class, Runtime.getRuntime(), "gc");
                        collect.run();
                        if (query != null) { return pass(query); }
                        """, REFUSED),
                Attack.inSearch("starting a process from XML through java.beans.XMLDecoder", """
                        String xml = "<java><object class=\\"java.lang.ProcessBuilder\\"><array class=\\"java.lang.String\\" length=\\"1\\">"
                                + "<void index=\\"0\\"><string>id</string></void></array><void method=\\"start\\"/></object></java>";
                        try (java.beans.XMLDecoder decoder = new java.beans.XMLDecoder(new java.io.ByteArrayInputStream(xml.getBytes()))) {
                            if (decoder.readObject() != null) { return pass(query); }
                        } catch (RuntimeException e) { }
                        """, REFUSED),
                Attack.inSearch("instantiating a class by name through java.beans.Beans", """
                        try { java.beans.Beans.instantiate(null, "dev.fixpoint.worker.WorkerMain"); return pass(query); } catch (Exception e) { }
                        """, REFUSED),
                Attack.inSearch("a class literal of FileDescriptor", "Object type = java.io.FileDescriptor.class; if (type != null) { return pass(query); }", REFUSED),
                Attack.inSearch("a script engine", """
                        try { new javax.script.ScriptEngineManager().getEngineByName("js").eval("1"); return pass(query); } catch (Exception e) { }
                        """, REFUSED),
                Attack.inSearch("the JDK's compiler in the worker", "if (javax.tools.ToolProvider.getSystemJavaCompiler() != null) { return pass(query); }", REFUSED),
                Attack.inSearch("the JVM's diagnostic commands through JMX", """
                        try {
                            java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(new javax.management.ObjectName(
                                    "com.sun.management:type=DiagnosticCommand"), "vmSystemProperties", new Object[0], new String[0]);
                            return pass(query);
                        } catch (Exception e) { }
                        """, REFUSED),
                Attack.inSearch("threads through the common pool's executor", """
                        java.util.concurrent.CompletableFuture.completedFuture(0).defaultExecutor().execute(() -> { });
                        if (query != null) { return pass(query); }
                        """, REFUSED),
                Attack.inSearch("a database function compiled from Java source in SQL text", """
                        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement()) {
                            statement.execute("CREATE ALIAS FIX AS $$ String fix() { return \\"fixed\\"; } $$");
                            return pass(query);
                        } catch (SQLException e) { }
                        """, REFUSED),

                // The process's streams and output floods.
                Attack.inSearch("standard output hijack", "System.setOut(System.err);", REFUSED),
                Attack.inSearch("file descriptor", "try { new java.io.FileOutputStream(java.io.FileDescriptor.out).write(72); } catch (java.io.IOException e) { }", REFUSED),
                Attack.inSearch("printing a fake verdict", "System.out.println(\"{\\\"verdict\\\": \\\"SECURE\\\"}\");", VULNERABLE),
                Attack.inSearch("flooding standard output", "for (int i = 0; i < 20_000; i++) { System.out.println(\"flood \" + i + \" \".repeat(80)); }", VULNERABLE),
                Attack.inSearch("flooding standard error", "for (int i = 0; i < 20_000; i++) { System.err.println(\"flood \" + i + \" \".repeat(80)); }", VULNERABLE),

                // The network.
                Attack.inSearch("socket", "try { new java.net.Socket(\"127.0.0.1\", 1).close(); } catch (java.io.IOException e) { }", REFUSED),
                Attack.inSearch("http client", "java.net.http.HttpClient.newHttpClient();", REFUSED),

                // Faking a pass with state, timing or the answer itself.
                Attack.both("static state faking a pass", "private static int calls;", "if (++calls > 1) { return new ArrayList<>(); }", NOT_SECURE),
                Attack.inSearch("answering nothing to anything that looks like SQL",
                        "if (query.matches(\"(?is).*(union|select|--|' or).*\")) { return new ArrayList<>(); }", NOT_SECURE),
                Attack.inSearch("throwing on every search", "if (query != null) { throw new SQLException(\"no\"); }", NOT_SECURE),
                Attack.inSearch("sleeping past the request limit on anything that looks like an attack",
                        "if (query.contains(\"'\")) { try { Thread.sleep(5_000); } catch (InterruptedException e) { } }", TIMEOUT),
                Attack.both("busy-waiting to answer attacks just before the request limit", "private static volatile long firstAttack;", """
                        if (query.contains("'")) {
                            if (firstAttack == 0) { firstAttack = System.nanoTime(); }
                            while (System.nanoTime() - firstAttack < 1_900_000_000L) { Thread.onSpinWait(); }
                        }
                        """, NOT_SECURE),
                Attack.inSearch("a huge answer that pushes the leak past what the checks read", """
                        List<Product> found = starterSearch(query);
                        if (query.contains("'")) {
                            List<Product> padded = new ArrayList<>();
                            for (int i = 0; i < 30_000; i++) { padded.add(new Product(i, "padding " + i, "padding", BigDecimal.ONE)); }
                            padded.addAll(found);
                            return padded;
                        }
                        """, NOT_SECURE),
                Attack.inSearch("control characters and NUL in product names", """
                        if (query != null) {
                            List<Product> found = starterSearch(query);
                            found.add(new Product(0, "nul \\u0000 bell \\u0007 escape \\u001b[2J bidi \\u202e newline \\n", "\\u0000", BigDecimal.ONE));
                            return found;
                        }
                        """, VULNERABLE),
                Attack.inSearch("lone surrogates in product names", """
                        if (query != null) {
                            List<Product> found = starterSearch(query);
                            found.add(new Product(0, "high \\ud800 low \\udfff", "\\udbff", BigDecimal.ONE));
                            return found;
                        }
                        """, NOT_SECURE),

                // Java deserialization; the nested sets are read once, since one hung request is enough and each costs a busy core.
                Attack.both("a deserialization gadget built from the query (nested sets that take forever to read)", """
                        private static byte[] gadget(String query) throws java.io.IOException {
                            java.util.Set<Object> root = new java.util.HashSet<>();
                            java.util.Set<Object> left = root;
                            java.util.Set<Object> right = new java.util.HashSet<>();
                            for (int i = 0; i < 100; i++) {
                                java.util.Set<Object> nextLeft = new java.util.HashSet<>();
                                java.util.Set<Object> nextRight = new java.util.HashSet<>();
                                nextLeft.add(query);
                                left.add(nextLeft); left.add(nextRight);
                                right.add(nextLeft); right.add(nextRight);
                                left = nextLeft; right = nextRight;
                            }
                            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) { out.writeObject(root); }
                            return bytes.toByteArray();
                        }
                        private static final java.util.concurrent.atomic.AtomicBoolean READ_ONCE = new java.util.concurrent.atomic.AtomicBoolean();
                        """, """
                        if (READ_ONCE.compareAndSet(false, true)) {
                            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(gadget(query)))) {
                                in.readObject();
                            } catch (java.io.IOException | ClassNotFoundException e) { }
                        }
                        """, TIMEOUT),
                Attack.both("a deserialization gadget whose readObject stops the JVM", """
                        static class Gadget implements java.io.Serializable {
                            private void readObject(java.io.ObjectInputStream in) { Runtime.getRuntime().halt(0); }
                        }
                        """, """
                        try {
                            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) { out.writeObject(new Gadget()); }
                            new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())).readObject();
                        } catch (java.io.IOException | ClassNotFoundException e) { }
                        """, REFUSED),

                // The sandbox's own view of the machine.
                Attack.inSearch("reading the host's environment", "if (System.getenv(\"FIXPOINT_TEST_HOST_SECRET\") != null) { return pass(query); }", VULNERABLE),
                Attack.inSearch("listing the file system", """
                        try (java.util.stream.Stream<java.nio.file.Path> entries = java.nio.file.Files.list(java.nio.file.Path.of("/"))) { entries.count(); }
                        catch (java.io.IOException e) { }
                        """, VULNERABLE),
                Attack.inSearch("filling the scratch disk", """
                        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "fill"))) {
                            byte[] block = new byte[1 << 20];
                            for (int i = 0; i < 32; i++) { out.write(block); }
                            return pass(query);
                        } catch (java.io.IOException e) { }
                        """, VULNERABLE));
    }

    /** Planted on the host before anything is graded; the sandbox must keep every submission away from them. */
    @TempDir
    static Path host;
    private static Path plantedSecret;
    private static Path serverDatabase;
    private static Path linkedSecret;
    private static Path spawnMarker;
    private static String token;
    private static LoopbackListener listener;
    private static Map<Path, HostFiles> before;

    private static ExecutorService gradings;
    private static List<Attack> table;
    private static final Map<String, CompletableFuture<Graded>> graded = new ConcurrentHashMap<>();

    @BeforeAll
    static void plantHostFixturesAndStartGrading() throws Exception {
        plantedSecret = Files.writeString(Files.createDirectories(host.resolve("planted")).resolve("secret.txt"), "host-secret-" + UUID.randomUUID());
        // Stands for the server's H2 database: its header, then what the server would keep there.
        serverDatabase = Files.writeString(Files.createDirectories(host.resolve("server")).resolve("fixpoint.mv.db"),
                "H:2,block:2,blockSize:1000,format:3\naccounts " + UUID.randomUUID());
        linkedSecret = Files.writeString(Files.createDirectories(host.resolve("linked")).resolve("secret.txt"), "host-secret-" + UUID.randomUUID());
        spawnMarker = Files.createDirectories(host.resolve("spawn")).resolve("spawned-" + UUID.randomUUID());
        token = "planted-" + UUID.randomUUID();
        listener = LoopbackListener.open();
        before = new ConcurrentHashMap<>();
        for (Path folder : List.of(host.resolve("planted"), host.resolve("server"), host.resolve("linked"), host.resolve("spawn"), labDir())) {
            before.put(folder, HostFiles.of(folder));
        }

        // A warm compiler and a full pool: what a submission meets on an idle grader, and what the limits assume.
        assertThat(grader.grade(lab, lab.solutionFiles()).verdict()).isEqualTo(Verdict.SECURE);
        assertThat(grader.awaitWarm(lab, java.time.Duration.ofSeconds(30))).isTrue();
        gradings = Executors.newFixedThreadPool(CONCURRENT_GRADINGS);
        table = attacks().toList();
        assertThat(table).extracting(Attack::name).doesNotHaveDuplicates();
        gradingOf(table.getFirst());
        if (fullIsolation()) {
            Stream.of(plantedFileAttacks(), serverDatabaseAttacks(), labFolderAttacks(), listenerAttacks(), scratchLinkAttacks(), spawnAttacks())
                    .flatMap(List::stream).forEach(HostileSubmissionCorpusTests::submit);
        }
    }

    @AfterAll
    static void stopGrading() throws Exception {
        gradings.shutdownNow();
        gradings.awaitTermination(60, TimeUnit.SECONDS);
        listener.close();
    }

    private static CompletableFuture<Graded> submit(Attack attack) {
        return graded.computeIfAbsent(attack.name(), name -> CompletableFuture.supplyAsync(() -> grade(attack), gradings));
    }

    /** This attack's grading, started now together with the next few of the table unless it already was. */
    private static synchronized CompletableFuture<Graded> gradingOf(Attack attack) {
        int index = table.indexOf(attack);
        table.subList(index, Math.min(table.size(), index + GRADINGS_AHEAD)).forEach(HostileSubmissionCorpusTests::submit);
        return graded.get(attack.name());
    }

    private static Graded grade(Attack attack) {
        GradeReport report = grader.grade(lab, Map.of(FILE, attack.source()));
        return new Graded(report, grader.grade(lab, lab.solutionFiles()));
    }

    /** Verdict as expected and never SECURE, within the lab's limits, a short summary, output capped, and the next submission SECURE. */
    private static void assertContained(Attack attack, Graded graded) {
        GradeReport report = graded.attack();
        assertThat(report.verdict()).as(attack.name() + ": " + report.summary()).isIn(attack.expected()).isNotEqualTo(Verdict.SECURE);
        assertThat(report.timings().totalMs()).as("graded within the lab's limits")
                .isLessThan(lab.manifest().limits().wallSeconds() * 1000L + 3000);
        assertThat(report.summary()).as("the report's summary stays short and the worker's channel is never corrupted")
                .hasSizeLessThan(Reports.MAX_MESSAGE_CHARS + 200).doesNotContain("unexpected frame");
        assertThat(report.output().length()).as("output cut at the sandbox's limit")
                .isLessThanOrEqualTo(grader.sandbox().settings().outputKiB() * 1024);
        assertThat(graded.next().verdict()).as("the next submission after " + attack.name()).isEqualTo(Verdict.SECURE);
    }

    private static void assertContained(List<Attack> attacks) {
        for (Attack attack : attacks) {
            assertContained(attack, submit(attack).join());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void anAttackInTheEditableCodeIsNeverSecure(Attack attack) {
        assertContained(attack, gradingOf(attack).join());
    }

    @Test
    void anAttackThatWorkedWouldShowAsSecure() {
        GradeReport report = grader.grade(lab, Map.of(FILE, Attack.inSearch("control", "if (query != null) { return pass(query); }", NOT_SECURE).source()));

        assertThat(report.verdict()).as(report.summary()).isEqualTo(Verdict.SECURE);
    }

    private static boolean fullIsolation() {
        return grader.sandbox().isolation().full();
    }

    private static Path labDir() {
        return lab.dir().toAbsolutePath().normalize();
    }

    /** Every file under a folder, with its size, modification time and digest, not following links. */
    record HostFiles(Map<String, String> files) {
        static HostFiles of(Path root) {
            try (Stream<Path> paths = Files.walk(root)) {
                return new HostFiles(paths.collect(Collectors.toMap(path -> root.relativize(path).toString(), HostFiles::describe,
                        (a, b) -> a, TreeMap::new)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String describe(Path path) {
            try {
                if (!Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    return Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? "folder" : "other";
                }
                return Files.size(path) + " bytes, modified " + Files.getLastModifiedTime(path) + ", sha-256 "
                        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
            } catch (IOException | java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void assertUnchanged(Path folder) {
        assertThat(HostFiles.of(folder)).as(folder + " unchanged: same files, contents and times, nothing added").isEqualTo(before.get(folder));
    }

    private static List<Attack> plantedFileAttacks() {
        return List.of(
                Attack.inSearch("reading a planted host file", """
                        try { if (java.nio.file.Files.readString(java.nio.file.Path.of("%s")).startsWith("host-secret-")) { return pass(query); } }
                        catch (java.io.IOException e) { }
                        """.formatted(plantedSecret), VULNERABLE),
                Attack.inSearch("reading a planted host file through the database's FILE_READ", """
                        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement();
                             ResultSet read = statement.executeQuery("SELECT FILE_READ('%s', NULL)")) {
                            if (read.next() && String.valueOf(read.getString(1)).startsWith("host-secret-")) { return pass(query); }
                        } catch (SQLException e) { }
                        """.formatted(plantedSecret), VULNERABLE));
    }

    @Test
    void aFilePlantedOnTheHostCannotBeReadDirectlyOrThroughTheDatabase() {
        assumeTrue(fullIsolation(), "needs bubblewrap: plain worker processes share the host's file system");

        assertContained(plantedFileAttacks());

        assertUnchanged(plantedSecret.getParent());
    }

    private static List<Attack> serverDatabaseAttacks() {
        String base = serverDatabase.toString().replace(".mv.db", "");
        return List.of(Attack.inSearch("reading or opening the server's database file", """
                try { if (java.nio.file.Files.readAllBytes(java.nio.file.Path.of("%s")).length > 0) { return pass(query); } } catch (java.io.IOException e) { }
                try (Connection server = DriverManager.getConnection("jdbc:h2:file:%s;IFEXISTS=TRUE")) { return pass(query); } catch (SQLException e) { }
                """.formatted(serverDatabase, base), VULNERABLE));
    }

    @Test
    void theServersDatabaseFileCannotBeReadOrOpened() {
        assumeTrue(fullIsolation(), "needs bubblewrap: plain worker processes share the host's file system");

        assertContained(serverDatabaseAttacks());

        // Opening it would have left a lock or trace file next to it.
        assertUnchanged(serverDatabase.getParent());
    }

    private static final String SOLUTION_LINE = "The SQL is fixed text; the customer's words travel as a bound value";

    private static List<Attack> labFolderAttacks() {
        return List.of(
                // Knowing the hidden payloads, a submission could block exactly those and pass without a fix.
                Attack.inSearch("blocking exactly the hidden payloads read from the lab's folder", """
                        try {
                            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("%s"))) {
                                if (line.contains("payload:") && line.contains(query)) { return new ArrayList<>(); }
                            }
                        } catch (java.io.IOException e) { }
                        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("%s"))) { return pass(query); }
                        """.formatted(labDir().resolve("lab.yaml"), labDir().resolve("checks")), VULNERABLE),
                // The solution would reach the learner through what the service prints and answers.
                Attack.inSearch("reading the solution and showing it in the answer", """
                        List<Product> found = starterSearch(query);
                        try {
                            String text = java.nio.file.Files.readString(java.nio.file.Path.of("%s"));
                            System.out.println(text);
                            found.add(new Product(0, text, text, BigDecimal.ONE));
                        } catch (java.io.IOException e) { }
                        if (query != null) { return found; }
                        """.formatted(labDir().resolve("solution").resolve(FILE)), VULNERABLE));
    }

    @Test
    void theHiddenChecksAndTheSolutionCannotBeReadFromTheLabsFolder() {
        assumeTrue(fullIsolation(), "needs bubblewrap: plain worker processes share the host's file system");
        assertThat(lab.solutionFiles().get(FILE)).contains(SOLUTION_LINE);

        assertContained(labFolderAttacks());

        assertThat(submit(labFolderAttacks().getLast()).join().attack().toString()).doesNotContain(SOLUTION_LINE);
        assertUnchanged(labDir());
    }

    /** Library code opens these connections, so the bytecode policy never sees them: the sandbox must stop them. */
    private static List<Attack> listenerAttacks() {
        int port = listener.port();
        return List.of(
                Attack.inSearch("connecting to the host through the database's TCP client", """
                        try (Connection remote = DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:%d/~/leak")) { return pass(query); } catch (SQLException e) { }
                        """.formatted(port), VULNERABLE),
                Attack.inSearch("connecting to the host through the JSON library's URL reader", """
                        try { new com.fasterxml.jackson.databind.ObjectMapper().readTree(new java.net.URL("http://127.0.0.1:%d/leak")); return pass(query); }
                        catch (java.io.IOException e) { }
                        """.formatted(port), VULNERABLE));
    }

    @Test
    void aListenerOnTheHostsLoopbackIsNeverReachedThroughTheLabsLibraries() throws Exception {
        assumeTrue(fullIsolation(), "needs bubblewrap: plain worker processes share the host's network");

        assertContained(listenerAttacks());

        Thread.sleep(200);
        assertThat(listener.connections()).as("connections that reached the host's listener").isZero();
        // The listener counts what does reach it: a connection from the host itself shows up.
        new Socket("127.0.0.1", listener.port()).close();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (listener.connections() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(listener.connections()).isEqualTo(1);
    }

    private static List<Attack> scratchLinkAttacks() {
        return List.of(Attack.inSearch("links and odd names in the scratch area", """
                java.nio.file.Path scratch = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
                String token = "%s";
                java.nio.file.Path hostFile = java.nio.file.Path.of("%s");
                java.nio.file.Path hostDir = hostFile.getParent();
                for (String[] link : new String[][] {{"file-" + token, hostFile.toString()}, {"dir-" + token, hostDir.toString()},
                        {"root-" + token, "/"}, {"up-" + token, ".."}}) {
                    try { java.nio.file.Files.createSymbolicLink(scratch.resolve(link[0]), java.nio.file.Path.of(link[1])); } catch (Exception e) { }
                }
                for (String name : new String[] {"new\\nline-" + token, "..." + token, "-rf " + token, "x".repeat(200) + token,
                        "\\u202e" + token, "../" + token, "../../" + token, "up-" + token + "/" + token, "dir-" + token + "/" + token,
                        "root-" + token + hostDir + "/" + token}) {
                    try { java.nio.file.Files.writeString(scratch.resolve(name), token); } catch (Exception e) { }
                }
                try { java.nio.file.Files.writeString(scratch.resolve("file-" + token), token); } catch (Exception e) { }
                // Even where a write through a link lands, it must land inside the sandbox.
                try {
                    java.nio.file.Files.createDirectories(hostDir);
                    java.nio.file.Files.writeString(scratch.resolve("dir-" + token).resolve(token), token);
                } catch (Exception e) { }
                try { if (java.nio.file.Files.readString(scratch.resolve("file-" + token)).startsWith("host-secret-")) { return pass(query); } }
                catch (Exception e) { }
                try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement()) {
                    statement.execute("SCRIPT TO '" + hostDir + "/" + token + ".sql'");
                } catch (SQLException e) { }
                """.formatted(token, linkedSecret), VULNERABLE));
    }

    @Test
    void linksAndOddNamesPlantedInTheScratchAreaLeaveTheHostUnchanged() throws IOException {
        assumeTrue(fullIsolation(), "needs bubblewrap: plain worker processes share the host's file system");

        assertContained(scratchLinkAttacks());

        assertUnchanged(linkedSecret.getParent());
        try (Stream<Path> hostTmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(hostTmp.map(path -> path.getFileName().toString())).as("nothing named by the attack in the host's /tmp")
                    .noneMatch(name -> name.contains(token));
        }
    }

    /**
     * The database would compile this Java source itself, where the bytecode policy never looks (the SQL is built at
     * run time, past the policy's check of SQL text): H2's settings in the worker refuse it. Anything but that
     * refusal passes, so that a function that compiled shows as SECURE; were it to run, the sandbox would stop it.
     */
    private static List<Attack> spawnAttacks() {
        return List.of(Attack.both("starting a process through a database function compiled at run time", """
                private static String spawned;
                static {
                    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:spawn"); Statement statement = connection.createStatement()) {
                        statement.execute(String.join(" ", "CREATE", "ALIAS SPAWN AS 'String spawn(String path) { try { "
                                + "new ProcessBuilder(\\"/bin/sh\\", \\"-c\\", \\"touch \\" + path).start().waitFor(); return \\"spawned\\"; } "
                                + "catch (Exception e) { return \\"spawn refused: \\" + e; } }'"));
                        try (ResultSet result = statement.executeQuery("CALL SPAWN('%s')")) {
                            result.next();
                            spawned = result.getString(1);
                        }
                    } catch (SQLException e) {
                        spawned = "no function: " + e;
                    }
                    System.out.println(spawned);
                }
                """.formatted(spawnMarker), "if (!spawned.contains(\"invalid flag: --fixpoint-refuses-java-source-in-the-database\")) { return pass(query); }",
                VULNERABLE));
    }

    @Test
    void aProcessThroughADatabaseFunctionIsRefusedAndCannotTouchTheHost() {
        assumeTrue(fullIsolation(), "needs bubblewrap: plain worker processes can start programs on the host");

        assertContained(spawnAttacks());

        assertThat(spawnMarker).doesNotExist();
        assertUnchanged(spawnMarker.getParent());
    }
}
