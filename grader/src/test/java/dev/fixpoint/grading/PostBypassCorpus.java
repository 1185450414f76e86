package dev.fixpoint.grading;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the review did after getting past the bytecode policy, through the whole grader, run against a probe lab of each
 * runtime: the probe lab's policy lets reflection through, which is all these attacks need to reach what the policy
 * forbids by name. Each probe answers {@code ESCAPED} when its attack worked; the lab's checks fail on that word, so an
 * attack that works can never grade SECURE. Each leaves the host unchanged, and the next submission is graded normally.
 */
@Tag("sandbox")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PostBypassCorpus {

    static final String ESCAPED = "ESCAPED";

    Path root;
    Grader grader;
    private Lab probeLab;

    /** Writes the probe lab of the runtime under test into {@code labs}. */
    abstract Lab writeProbeLab(Path labs) throws IOException;

    @BeforeAll
    void startGrader(@TempDir Path root) throws IOException {
        this.root = root;
        probeLab = writeProbeLab(root.resolve("probe-labs"));
        grader = TestGrader.create();
        grader.warm(probeLab);
    }

    @AfterAll
    void stopGrader() {
        grader.close();
    }

    @AfterEach
    void theNextSubmissionIsGradedNormally() {
        assertThat(grader.grade(probeLab, Map.of(ProbeLab.PROBE, ProbeLab.benign())).verdict()).isEqualTo(Verdict.SECURE);
    }

    private GradeReport probe(String body) {
        return grader.grade(probeLab, Map.of(ProbeLab.PROBE, ProbeLab.probe(body)));
    }

    /** The attack did not work: no check saw its word, and the worker printed nothing saying so. */
    private static void assertContained(GradeReport report) {
        assertThat(report.verdict()).as(report.summary()).isNotEqualTo(Verdict.COMPILE_ERROR).isNotEqualTo(Verdict.REJECTED);
        assertThat(report.checks()).as(report.toString()).filteredOn(check -> check.name().startsWith("leaks-nothing")).allMatch(CheckReport::passed);
        assertThat(report.output()).doesNotContain(ESCAPED);
    }

    private static String startProcess(String... command) {
        StringBuilder args = new StringBuilder();
        for (String part : command) {
            args.append(args.isEmpty() ? "" : ", ").append('"').append(part).append('"');
        }
        return """
                Class<?> builder = Class.forName("java.lang.ProcessBuilder");
                Object pb = builder.getConstructor(String[].class).newInstance((Object) new String[] {%s});
                try {
                    Object process = builder.getMethod("start").invoke(pb);
                    return "%s: a process started";
                } catch (java.lang.reflect.InvocationTargetException e) {
                    return "refused: " + e.getCause();
                }
                """.formatted(args, ESCAPED);
    }

    @Test
    void aJdkBinaryCannotBeExecuted() {
        assumeTrue(fullIsolation());
        assertContained(probe(startProcess(System.getProperty("java.home") + "/bin/java", "-version")));
    }

    @Test
    void theForkLaunchMechanismStartsNothingEither() {
        assumeTrue(fullIsolation());
        assertContained(probe("System.setProperty(\"jdk.lang.Process.launchMechanism\", \"FORK\");\n"
                + startProcess(System.getProperty("java.home") + "/bin/java", "-version")));
    }

    @Test
    void aNativeProgramWrittenToTmpCannotRun() {
        assumeTrue(fullIsolation());
        // A 129-byte x86_64 program that exits at once (it runs on the host): in the sandbox it never gets the chance.
        assertContained(probe("""
                byte[] elf = java.util.HexFormat.of().parseHex("7f454c4602010100000000000000000002003e00010000007800400000000000400000000000000000000000000000000000"
                        + "0000400038000100000000000000010000000500000000000000000000000000400000000000000040000000000081000000"
                        + "000000008100000000000000001000000000000031ffb83c0000000f05");
                Path file = Path.of("/tmp/tiny-elf");
                Files.write(file, elf);
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
                """ + startProcess("/tmp/tiny-elf")));
    }

    @Test
    void sharedMemoryAndDevCannotBeWrittenAndTheHostKeepsItsSharedMemory() throws IOException {
        assumeTrue(fullIsolation());
        Set<String> before = listing(Path.of("/dev/shm"));

        assertContained(probe("""
                for (String path : new String[] {"/dev/shm/pinned", "/dev/planted"}) {
                    try { Files.write(Path.of(path), new byte[8 << 20]); return "%s: wrote " + path; } catch (java.io.IOException e) { }
                }
                return "read-only";
                """.formatted(ESCAPED)));
        assertThat(listing(Path.of("/dev/shm"))).isEqualTo(before);
    }

    /** Frames written to the worker's protocol channel, reached through FileDescriptor.out by reflection. */
    private static String writeToTheProtocolChannel(String frames) {
        return """
                Object fd = Class.forName("java.io.FileDescriptor").getField("out").get(null);
                java.io.DataOutputStream channel = new java.io.DataOutputStream((java.io.OutputStream) Class.forName("java.io.FileOutputStream")
                        .getConstructor(Class.forName("java.io.FileDescriptor")).newInstance(fd));
                %s
                channel.flush();
                Thread.sleep(2_000);
                return "wrote frames";
                """.formatted(frames);
    }

    @Test
    void forgedFramesThatClaimHugeHeadersEndTheRunCrashedAndTheGraderStaysHealthy() throws Exception {
        // A forged answer to the request in flight (ids count from 1 per worker) claiming 100,000 headers of 16 MiB, twice at once.
        String forged = writeToTheProtocolChannel("""
                for (int id = 1; id <= 8; id++) {
                    channel.write('S'); channel.writeInt(id); channel.writeInt(200); channel.writeInt(100_000);
                    for (int i = 0; i < 4; i++) { channel.writeInt(16 << 20); channel.write(new byte[1 << 16]); }
                }
                """);
        long heapBefore = usedHeap();
        CompletableFuture<GradeReport> first = CompletableFuture.supplyAsync(() -> probe(forged));
        GradeReport second = probe(forged);

        for (GradeReport report : List.of(first.get(), second)) {
            assertThat(report.verdict()).as(report.summary()).isEqualTo(Verdict.CRASHED);
            // The forged bytes interleave with the worker's own frames, so which bound trips first varies from run to run.
            assertThat(report.summary()).contains("broke the worker protocol");
        }
        assertThat(usedHeap() - heapBefore).as("heap the forgeries left in the grader").isLessThan(64L << 20);
    }

    @Test
    void aForgedReadyAndAFloodOfBytesEndTheRunCrashed() {
        GradeReport report = probe(writeToTheProtocolChannel("""
                channel.write('R');
                byte[] flood = new byte[1 << 20];
                for (int i = 0; i < 64; i++) { channel.write(flood); }
                """));

        assertThat(report.verdict()).as(report.summary()).isEqualTo(Verdict.CRASHED);
        assertThat(report.summary()).contains("broke the worker protocol");
    }

    @Test
    void aForgedDoneFrameIsAProtocolViolationThatEndsTheRunCrashed() {
        // DONE answers only the grader's NEXT, which never follows a learner's run: a worker that claims to have ended its
        // run unasked (to be handed another, or to cut its checks short) is killed.
        GradeReport report = probe(writeToTheProtocolChannel("channel.write('D');"));

        assertThat(report.verdict()).as(report.summary()).isEqualTo(Verdict.CRASHED);
        assertThat(report.summary()).contains("broke the worker protocol");
    }

    private boolean fullIsolation() {
        return grader.sandbox().isolation().full();
    }

    static long usedHeap() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static Set<String> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

}
