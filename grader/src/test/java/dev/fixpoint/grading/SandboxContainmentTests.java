package dev.fixpoint.grading;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.sandbox.LoopbackListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hostile submissions against the sandbox itself (the probe lab's policy lets them past the bytecode scan):
 * each gets its verdict within the lab's limits, leaves the host unchanged, and the next submission is graded
 * normally.
 */
@Tag("sandbox")
class SandboxContainmentTests {

    /** Set for the test JVM by the build (surefire); workers must never see it. */
    private static final String HOST_ENV = "FIXPOINT_TEST_HOST_SECRET";
    private static final long LIMIT_MILLIS = 6_000 + 3_000;

    @TempDir
    static Path root;
    private static Path host;
    private static String hostSecret;
    private static Grader grader;
    private static Lab lab;

    @BeforeAll
    static void writeProbeLab() throws IOException {
        host = Files.createDirectories(root.resolve("host"));
        hostSecret = "host-secret-" + UUID.randomUUID();
        Files.writeString(host.resolve("secret.txt"), hostSecret);
        lab = ProbeLab.write(root.resolve("labs"), hostSecret);
        grader = TestGrader.create();
        grader.warm(lab);
    }

    @AfterAll
    static void stopGrader() {
        grader.close();
    }

    @AfterEach
    void theNextSubmissionIsGradedNormally() {
        assertThat(grader.grade(lab, Map.of(ProbeLab.PROBE, ProbeLab.benign())).verdict()).isEqualTo(Verdict.SECURE);
    }

    private static GradeReport probe(String body) {
        GradeReport report = grader.grade(lab, Map.of(ProbeLab.PROBE, ProbeLab.probe(body)));
        assertThat(report.timings().totalMs()).as("graded within the lab's limits").isLessThan(LIMIT_MILLIS);
        return report;
    }

    private static boolean fullIsolation() {
        return grader.sandbox().isolation().full();
    }

    @Test
    void exitingTheJvmIsACrashNotAPass() {
        GradeReport report = probe("Class.forName(\"java.lang.System\").getMethod(\"exit\", int.class).invoke(null, 0); return \"done\";");

        assertThat(report.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(report.summary()).contains("exited with status 0");
    }

    @Test
    void anInfiniteLoopTimesOut() {
        GradeReport report = probe("long n = 0; while (n >= 0) { n++; } return \"never\";");

        assertThat(report.verdict()).isEqualTo(Verdict.TIMEOUT);
    }

    @Test
    void unboundedAllocationIsStoppedAtTheMemoryLimit() {
        GradeReport report = probe("List<byte[]> hog = new ArrayList<>(); while (true) { hog.add(new byte[1 << 20]); }");

        assertThat(report.verdict()).isEqualTo(Verdict.CRASHED);
    }

    @Test
    void unboundedThreadsAreStoppedAtTheTaskLimit() {
        assumeTrue(grader.sandbox().isolation().cgroups() || !"root".equals(System.getProperty("user.name")),
                "needs a cgroup (as root) or RLIMIT_NPROC (as another user) to bound threads");

        GradeReport report = probe("""
                int started = 0;
                try {
                    while (true) { Thread t = new Thread(() -> { try { Thread.sleep(60_000); } catch (InterruptedException e) { } }); t.start(); started++; }
                } catch (OutOfMemoryError e) {
                    System.out.println("no more threads after " + started + ": " + e.getMessage());
                    throw e;
                }
                """);

        // Either the worker died at the limit, or creating a thread failed there.
        if (!java.util.EnumSet.of(Verdict.CRASHED, Verdict.TIMEOUT).contains(report.verdict())) {
            String line = report.output().lines().filter(text -> text.startsWith("no more threads after ")).findFirst().orElseThrow();
            int started = Integer.parseInt(line.substring("no more threads after ".length(), line.indexOf(':')));
            assertThat(started).isLessThan(grader.sandbox().settings().maxTasks());
        }
    }

    @Test
    void aSpawnedProcessCannotTouchTheHost() {
        assumeTrue(fullIsolation(), "needs bubblewrap");
        Path marker = host.resolve("spawned-" + UUID.randomUUID());

        probe("""
                Object runtime = Class.forName("java.lang.Runtime").getMethod("getRuntime").invoke(null);
                runtime.getClass().getMethod("exec", String[].class).invoke(runtime, (Object) new String[] {"/bin/sh", "-c", "touch %s"});
                Thread.sleep(300);
                return "spawned";
                """.formatted(marker));

        assertThat(marker).doesNotExist();
    }

    @Test
    void aHostFilePlantedByTheTestCannotBeRead() {
        assumeTrue(fullIsolation(), "needs bubblewrap");

        GradeReport report = probe("return Files.readString(Path.of(\"%s\"));".formatted(host.resolve("secret.txt")));

        assertThat(report.checks()).filteredOn(check -> check.name().startsWith("leaks-nothing")).allMatch(CheckReport::passed);
    }

    @Test
    void theHostsEnvironmentIsNotVisible() throws IOException {
        String value = System.getenv(HOST_ENV);
        assumeTrue(value != null, "the build sets " + HOST_ENV);
        Lab envLab = ProbeLab.write(root.resolve("env-labs"), value);

        GradeReport report = grader.grade(envLab, Map.of(ProbeLab.PROBE, ProbeLab.probe("return System.getenv().toString();")));

        assertThat(report.verdict()).isEqualTo(Verdict.SECURE);
        assertThat(report.checks()).filteredOn(check -> check.name().startsWith("leaks-nothing")).hasSize(2).allMatch(CheckReport::passed);
    }

    @Test
    void aListenerOnTheHostsLoopbackCannotBeReached() throws Exception {
        assumeTrue(fullIsolation(), "needs bubblewrap");
        try (LoopbackListener listener = LoopbackListener.open()) {
            GradeReport report = probe("""
                    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", %d)) { return "connected"; }
                    """.formatted(listener.port()));

            Thread.sleep(200);
            assertThat(listener.connections()).isZero();
            assertThat(report.output()).doesNotContain("connected");
        }
    }

    @Test
    void writesOutsideTheScratchAreaFailAndScratchFilesStayInTheSandbox() {
        assumeTrue(fullIsolation(), "needs bubblewrap");
        Path outside = host.resolve("written-" + UUID.randomUUID());
        String scratchName = "scratch-" + UUID.randomUUID();

        probe("""
                try { Files.writeString(Path.of("%s"), "x"); } catch (Exception e) { }
                Files.writeString(Path.of("/tmp/%s"), "x");
                return "wrote";
                """.formatted(outside, scratchName));

        assertThat(outside).doesNotExist();
        assertThat(Path.of("/tmp", scratchName)).doesNotExist();
    }
    @Test
    void haltingTheJvmIsACrash() {
        GradeReport report = probe("Object rt = Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null);"
                + " rt.getClass().getMethod(\"halt\", int.class).invoke(rt, 0); return \"done\";");

        assertThat(report.verdict()).isEqualTo(Verdict.CRASHED);
    }

    @Test
    void deepRecursionIsContained() {
        GradeReport report = probe("return recurse(0);\n    }\n    private String recurse(int depth) { return recurse(depth + 1) + depth;");

        assertThat(report.verdict()).isIn(Verdict.SECURE, Verdict.CRASHED);
        assertThat(report.checks()).filteredOn(check -> check.name().startsWith("leaks-nothing")).allMatch(CheckReport::passed);
    }

    @Test
    void whatAServicePrintsJustBeforeItAnswersIsInTheReport() {
        // Its last line may still be in the pipe when the answer arrives; the report must wait for it, every time.
        for (int i = 0; i < 6; i++) {
            String line = "last words " + UUID.randomUUID();
            GradeReport report = probe("System.out.println(\"%s\"); return \"said\";".formatted(line));

            assertThat(report.output()).as("grading " + i).contains(line);
        }
    }

    @Test
    void floodingStandardOutputAndErrorIsCutAtTheLimit() {
        GradeReport report = probe("""
                for (int i = 0; i < 200_000; i++) { System.out.println("flood " + i); System.err.println("flood " + i); }
                return "flooded";
                """);

        assertThat(report.output().length()).isLessThanOrEqualTo(grader.sandbox().settings().outputKiB() * 1024);
        assertThat(report.checks()).filteredOn(check -> check.name().equals("answers")).allMatch(CheckReport::passed);
    }

    @Test
    void fillingTheScratchDiskStopsAtItsSize() {
        GradeReport report = probe("""
                byte[] block = new byte[1 << 20];
                int written = 0;
                try (var out = Files.newOutputStream(Path.of(System.getProperty("java.io.tmpdir"), "fill"))) {
                    for (int i = 0; i < 1024; i++) { out.write(block); written++; }
                } catch (Exception e) { return "stopped after " + written + " MiB: " + e; }
                return "wrote " + written + " MiB";
                """);

        assertThat(report.verdict()).isIn(Verdict.SECURE, Verdict.CRASHED);
        assertThat(report.timings().totalMs()).isLessThan(LIMIT_MILLIS);
    }

    @Test
    void directMemoryIsBounded() {
        GradeReport report = probe("""
                List<java.nio.ByteBuffer> hog = new ArrayList<>();
                try { while (true) { hog.add(java.nio.ByteBuffer.allocateDirect(1 << 20)); } }
                catch (OutOfMemoryError e) { return "bounded after " + hog.size() + " MiB"; }
                """);

        assertThat(report.verdict()).isIn(Verdict.SECURE, Verdict.CRASHED);
    }
    @Test
    void aWorkerKilledMidGradingEndsCrashedAndNeverHangs() throws Exception {
        // A first grading warms the compiler, so that the second is surely inside its worker when the kill comes.
        grader.grade(lab, Map.of(ProbeLab.PROBE, ProbeLab.benign()));
        // ...and a full pool, so that it takes a ready worker at once rather than starting one.
        assertThat(grader.awaitWarm(lab, java.time.Duration.ofSeconds(30))).isTrue();
        var grading = java.util.concurrent.CompletableFuture.supplyAsync(() -> probe("Thread.sleep(1_400); return \"slept\";"));
        Thread.sleep(700);

        // SIGKILL to this grader's workers (their bubblewrap or JVM), the busy one among them; the pool replaces the idle ones.
        ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains("dev.fixpoint.worker.WorkerMain"))
                .forEach(ProcessHandle::destroyForcibly);

        GradeReport report = grading.get(LIMIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(report.verdict()).as(report.summary() + " " + report.checks()).isEqualTo(Verdict.CRASHED);
        assertThat(report.summary()).contains("killed");
    }
}
