package dev.fixpoint.server.submissions;

import dev.fixpoint.grading.CheckReport;
import dev.fixpoint.grading.GradeReport;

import java.util.List;

/**
 * What a learner may see of a graded submission: visible checks only, with transcripts of the exploits that
 * got through; hidden checks as a count.
 */
public record SubmissionReport(String verdict, String summary, List<Check> checks, int hiddenFailed, List<String> compileErrors,
                               List<String> violations, long totalMs) {

    /** One visible check's result. */
    public record Check(String name, String kind, boolean passed, String message, String explanation, List<String> transcript) {
    }

    private static final int BODY_CHARS = 2000;

    static SubmissionReport of(GradeReport report) {
        GradeReport learner = report.forLearner();
        return new SubmissionReport(learner.verdict().name(), learner.summary(),
                learner.checks().stream().map(SubmissionReport::check).toList(), learner.hiddenFailed(),
                learner.compileErrors().stream().map(Object::toString).toList(),
                learner.violations().stream().map(Object::toString).toList(), learner.timings().totalMs());
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
