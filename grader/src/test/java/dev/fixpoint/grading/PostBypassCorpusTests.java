package dev.fixpoint.grading;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * What the review did after getting past the bytecode policy, through the whole grader: the probe lab's policy lets
 * reflection through, which is all these attacks need to reach what the policy forbids by name. Each probe answers
 * {@code ESCAPED} when its attack worked; the lab's checks fail on that word, so an attack that works can never grade
 * SECURE. Each leaves the host unchanged, and the next submission is graded normally.
 */
@Tag("sandbox")
class PostBypassCorpusTests {

    private static final String ESCAPED = "ESCAPED";

    @TempDir
    static Path root;
    private static Grader grader;
    private static Lab probeLab;
    private static Lab recorderLab;

    @BeforeAll
    static void startGrader() throws IOException {
        probeLab = ProbeLab.write(root.resolve("probe-labs"), ESCAPED);
        recorderLab = writeRecorderLab(root.resolve("recorder-labs"));
        grader = TestGrader.create();
        grader.warm(probeLab);
    }

    @AfterAll
    static void stopGrader() {
        grader.close();
    }

    @AfterEach
    void theNextSubmissionIsGradedNormally() {
        assertThat(grader.grade(probeLab, Map.of(ProbeLab.PROBE, ProbeLab.benign())).verdict()).isEqualTo(Verdict.SECURE);
    }

    private static GradeReport probe(String body) {
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
    void aServiceThatRecordsEveryRequestCannotHandTheHiddenPayloadsBack() {
        // Every hidden payload is a path starting with this; nothing else in a report is.
        String hiddenPayload = "/hidden-";

        GradeReport report = grader.grade(recorderLab, Map.of("src/recorder/Recorder.java", RECORDER));

        // The visible exploit check fails and shows its transcript: whatever its worker saw is in it, which is the point.
        assertThat(report.forLearner().checks()).filteredOn(check -> check.name().equals("visible-probe"))
                .singleElement().satisfies(check -> assertThat(check.transcript()).isNotEmpty());
        assertThat(report.hidden().failed()).as("the hidden checks ran and the recorder failed them").isEqualTo(3);
        assertThat(report.forLearner().toString()).doesNotContain(hiddenPayload);
        assertThat(report.toString()).as("nothing of the hidden worker is kept either").doesNotContain(hiddenPayload);
        assertThat(report.toString()).as("the visible worker's own requests are shown").contains("/visible-0");
    }

    /** A recorder that answers every request with every request it has seen. */
    private static final String RECORDER = """
            package recorder;

            public class Recorder {
                private static final StringBuilder SEEN = new StringBuilder();

                public static synchronized String answer(String target) {
                    SEEN.append(target).append(' ');
                    return "seen: " + SEEN;
                }
            }
            """;

    @Test
    void aFixTunedToTheKnownPayloadsIsStillVulnerable() {
        Lab sql = TestGrader.catalog().find("sql-injection-search").orElseThrow();
        String starter = sql.starterFiles().get(SqlLabFixture.REPOSITORY);
        String cheat = starter.replace("public List<Product> search(String query) throws SQLException {", """
                public List<Product> search(String query) throws SQLException {
                        if (java.util.regex.Pattern.compile("union|select|published", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(query).find()) {
                            return List.of();
                        }
                """);

        GradeReport report = grader.grade(sql, Map.of(SqlLabFixture.REPOSITORY, cheat));

        assertThat(report.verdict()).as(report.summary()).isEqualTo(Verdict.VULNERABLE);
        assertThat(report.hidden().failed()).isPositive();
    }

    private static boolean fullIsolation() {
        return grader.sandbox().isolation().full();
    }

    private static long usedHeap() {
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

    /**
     * A lab whose service passes every request's target to the submitted {@code Recorder.answer}: a visible exploit
     * check that always fails (so its transcript is shown) and three hidden checks whose payloads are random paths under /hidden-.
     */
    private static Lab writeRecorderLab(Path labs) throws IOException {
        Path dir = labs.resolve("recorder");
        write(dir.resolve("lab.yaml"), """
                schema: 1
                id: recorder
                title: Recorder
                summary: Answers every request with what it saw.
                runtime: java
                tracks: [backend]
                difficulty: 1
                cwe: [693]
                owasp: {}
                minutes: 1
                services:
                  - {name: recorder, class: recorder.RecorderService, exposure: public}
                editable: [src/recorder/Recorder.java]
                hints: [none]
                limits: {wall-seconds: 8, request-millis: 1500}
                checks:
                  - {name: visible-probe, class: checks.SlowVisibleProbe, kind: exploit, visibility: visible, explanation: it answers with what it saw}
                  - {name: hidden-1, class: checks.HiddenPayload, kind: exploit, visibility: hidden, explanation: hidden, clue: a hidden path, params: {payload: "/hidden-{random}"}}
                  - {name: hidden-2, class: checks.HiddenPayload, kind: exploit, visibility: hidden, explanation: hidden, clue: a hidden path, params: {payload: "/hidden-{random}"}}
                  - {name: hidden-3, class: checks.HiddenPayload, kind: exploit, visibility: hidden, explanation: hidden, clue: a hidden path, params: {payload: "/hidden-{random}"}}
                  - {name: answers, class: checks.Answers, kind: functional, visibility: visible}
                """);
        write(dir.resolve("briefing.md"), "Recorder.");
        write(dir.resolve("writeup.md"), "Recorder.");
        write(dir.resolve("src/recorder/RecorderService.java"), """
                package recorder;

                import com.sun.net.httpserver.HttpHandler;
                import dev.fixpoint.lab.LabService;
                import dev.fixpoint.lab.ServiceContext;

                public class RecorderService implements LabService {
                    @Override
                    public HttpHandler start(ServiceContext context) {
                        return exchange -> {
                            byte[] bytes = Recorder.answer(exchange.getRequestURI().toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                            exchange.sendResponseHeaders(200, bytes.length);
                            exchange.getResponseBody().write(bytes);
                            exchange.close();
                        };
                    }
                }
                """);
        String benign = "package recorder;\n\npublic class Recorder {\n    public static String answer(String target) {\n        return \"ok\";\n    }\n}\n";
        write(dir.resolve("src/recorder/Recorder.java"), benign);
        write(dir.resolve("solution/src/recorder/Recorder.java"), benign);
        // It asks a few times over a second, so that it answers after every hidden check has sent its payload.
        write(dir.resolve("checks/checks/SlowVisibleProbe.java"), """
                package checks;

                import dev.fixpoint.lab.*;

                public class SlowVisibleProbe implements Check {
                    @Override
                    public CheckResult run(CheckContext context) {
                        Response response = null;
                        for (int i = 0; i < 5; i++) {
                            response = context.send("recorder", Request.get("/visible-" + i));
                            try { Thread.sleep(200); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                        }
                        return CheckResult.passIf(!response.body().startsWith("seen:"), "quiet", "it told what it saw: " + response.body());
                    }
                }
                """);
        write(dir.resolve("checks/checks/HiddenPayload.java"), """
                package checks;

                import dev.fixpoint.lab.*;

                public class HiddenPayload implements Check {
                    @Override
                    public CheckResult run(CheckContext context) {
                        Response response = context.send("recorder", Request.get(context.payload("payload")));
                        return CheckResult.passIf(!response.body().startsWith("seen:"), "quiet", "it told what it saw: " + response.body());
                    }
                }
                """);
        write(dir.resolve("checks/checks/Answers.java"), """
                package checks;

                import dev.fixpoint.lab.*;

                public class Answers implements Check {
                    @Override
                    public CheckResult run(CheckContext context) {
                        return CheckResult.passIf(context.send("recorder", Request.get("/health")).status() == 200, "answers", "no answer");
                    }
                }
                """);
        LabCatalog catalog = LabCatalog.load(labs);
        if (!catalog.problems().isEmpty()) {
            throw new IllegalStateException(String.join("\n", catalog.problems()));
        }
        return catalog.find("recorder").orElseThrow();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
