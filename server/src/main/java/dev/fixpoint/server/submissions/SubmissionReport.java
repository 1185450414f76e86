package dev.fixpoint.server.submissions;

import dev.fixpoint.grading.CheckReport;
import dev.fixpoint.grading.GradeReport;

import java.util.List;

/**
 * What a learner may see of a graded submission: visible checks only, with transcripts of the exploits that
 * got through; hidden checks as a count.
 */
public record SubmissionReport(String verdict, String summary, List<Check> checks, int hiddenFailed, List<Diagnostic> diagnostics,
                               long totalMs, Isolation isolation) {

    /**
     * How the sandbox that graded it isolated the code: {@code full}, or {@code reduced} (the operator accepted less),
     * with what that consists of. Null for reports stored before the report said so.
     */
    public record Isolation(String level, String description) {
    }

    /**
     * A compiler error or policy violation at a place in a submitted file, for marking it in the editor.
     *
     * @param line   1-based, 0 when unknown
     * @param column 1-based, 0 when unknown
     */
    public record Diagnostic(String file, long line, long column, String message) {
    }

    /** One visible check's result. */
    public record Check(String name, String kind, boolean passed, String message, String explanation, List<String> transcript) {
    }

    private static final int BODY_CHARS = 2000;

    static SubmissionReport of(GradeReport report) {
        GradeReport learner = report.forLearner();
        return new SubmissionReport(learner.verdict().name(), learner.summary(),
                learner.checks().stream().map(SubmissionReport::check).toList(), learner.hiddenFailed(),
                java.util.stream.Stream.concat(
                        learner.compileErrors().stream().map(error -> new Diagnostic(error.file(), error.line(), error.column(), error.message())),
                        learner.violations().stream().map(violation -> new Diagnostic(violation.file(), violation.line(), 0,
                                "uses " + violation.member() + ", which this lab does not allow (" + violation.rule() + ")"))).toList(),
                learner.timings().totalMs(),
                new Isolation(learner.isolation().full() ? "full" : "reduced", learner.isolation().description()));
    }

    private static Check check(CheckReport check) {
        List<String> transcript = check.transcript().stream().map(exchange -> "> " + exchange.request().method() + " "
                + exchange.request().target() + "\n< " + (exchange.response() == null ? "no response: " + exchange.error()
                : exchange.response().status() + " " + cut(exchange.response().body()))).toList();
        return new Check(check.name(), check.kind().name().toLowerCase(), check.passed(), check.message(), check.explanation(), transcript);
    }

    private static String cut(String body) {
        return body.length() > BODY_CHARS ? body.substring(0, BODY_CHARS) + "..." : body;
    }
}
