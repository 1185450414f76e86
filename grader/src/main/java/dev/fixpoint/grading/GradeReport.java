package dev.fixpoint.grading;

import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.sandbox.Sandbox.Isolation;

import java.util.List;

/**
 * The result of grading one submission.
 *
 * @param summary       one sentence on the verdict
 * @param checks        every check's result, in the order they ran (random per run)
 * @param hiddenFailed  how many hidden checks failed
 * @param output        what the services printed, cut at the sandbox's output limit
 * @param isolation     how the sandbox that graded it isolates submissions (full, or reduced and why)
 */
public record GradeReport(String lab, Verdict verdict, String summary, List<CheckReport> checks, int hiddenFailed,
                          List<CompileError> compileErrors, List<PolicyViolation> violations, String output,
                          Timings timings, Isolation isolation) {

    /**
     * Time spent, in milliseconds.
     *
     * @param compileMs compiling and scanning the submission
     * @param startMs   taking a worker and starting the submission's services in it
     * @param checksMs  running the checks
     * @param runMs     starting the services and running the checks
     * @param totalMs   all of grading
     */
    public record Timings(long compileMs, long startMs, long checksMs, long runMs, long totalMs) {

        /** For a submission that never ran. */
        public static Timings compileOnly(long compileMs) {
            return new Timings(compileMs, 0, 0, 0, compileMs);
        }
    }

    /** What a learner may see: hidden checks only as the count of those that failed. */
    public GradeReport forLearner() {
        List<CheckReport> visible = checks.stream().filter(check -> check.visibility() == Visibility.VISIBLE).toList();
        return new GradeReport(lab, verdict, summary, visible, hiddenFailed, compileErrors, violations, output, timings, isolation);
    }

    public boolean secure() {
        return verdict == Verdict.SECURE;
    }
}
