package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The post-bypass corpus against a java lab, and what only a java lab shows: a recording service cannot hand hidden
 * payloads back, and a fix tuned to known payloads is still vulnerable.
 */
class PostBypassCorpusTests extends PostBypassCorpus {

    private Lab recorderLab;

    @Override
    Lab writeProbeLab(Path labs) throws IOException {
        return ProbeLab.write(labs, ESCAPED);
    }

    @BeforeAll
    void writeRecorder() throws IOException {
        recorderLab = writeRecorderLab(root.resolve("recorder-labs"));
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
