package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.grading.GradeReport.Hidden;
import dev.fixpoint.grading.GradeReport.Timings;
import dev.fixpoint.grading.GradeReport.View;
import dev.fixpoint.sandbox.Sandbox.Isolation;
import dev.fixpoint.sandbox.WorkerProcess.StartResult;

import java.util.List;

/** Builds the report of each way a grading run can end, with its verdict and one-sentence summary. */
final class Reports {

    static final int MAX_MESSAGE_LINES = 12;
    static final int MAX_MESSAGE_CHARS = 2_000;

    private Reports() {
    }

    static GradeReport compileErrors(Lab lab, Isolation isolation, List<CompileError> errors, long compileMillis) {
        return report(lab, Verdict.COMPILE_ERROR, "The code does not compile: " + count(errors.size(), "error") + ".",
                List.of(), errors, List.of(), "", Timings.compileOnly(compileMillis), isolation);
    }

    static GradeReport rejected(Lab lab, Isolation isolation, List<PolicyViolation> violations, long compileMillis) {
        return report(lab, Verdict.REJECTED, "The code does what this lab does not allow: "
                + violations.get(0) + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "") + ".",
                List.of(), List.of(), violations, "", Timings.compileOnly(compileMillis), isolation);
    }

    static GradeReport notStarted(Lab lab, Isolation isolation, StartResult started, String output, Timings timings) {
        Verdict verdict;
        String summary;
        switch (started) {
            case StartResult.Failed failed -> {
                verdict = Verdict.CRASHED;
                summary = "A service failed to start: " + shorten(failed.message());
            }
            case StartResult.Gone gone -> {
                verdict = gone.killedForTime() ? Verdict.TIMEOUT : Verdict.CRASHED;
                summary = "The services did not start: " + gone.message() + ".";
            }
            case StartResult.Ready ready -> throw new IllegalArgumentException("the services started");
        }
        return report(lab, verdict, summary, List.of(), List.of(), List.of(), output, timings, isolation);
    }

    static GradeReport ran(Lab lab, Isolation isolation, CheckRunner.Outcome outcome, String output, Timings timings) {
        List<CheckReport> checks = outcome.reports();
        if (outcome.gone() != null) {
            Verdict verdict = outcome.gone().killedForTime() ? Verdict.TIMEOUT : Verdict.CRASHED;
            return report(lab, verdict, "The services stopped during the checks: " + outcome.gone().getMessage() + ".",
                    checks, List.of(), List.of(), output, timings, isolation);
        }
        long timedOut = checks.stream().filter(CheckReport::timedOut).count();
        if (timedOut > 0) {
            return report(lab, Verdict.TIMEOUT, "The services did not answer " + count(timedOut, "check")
                    + " within the lab's limit of " + lab.manifest().limits().requestMillis() + " ms per request.",
                    checks, List.of(), List.of(), output, timings, isolation);
        }
        long exploits = checks.stream().filter(check -> check.kind() == CheckKind.EXPLOIT).count();
        long exploitsThrough = checks.stream().filter(check -> check.kind() == CheckKind.EXPLOIT && !check.passed() && !check.notSetUp()).count();
        long notSetUp = checks.stream().filter(CheckReport::notSetUp).count();
        long functionalFailed = checks.stream().filter(check -> check.kind() == CheckKind.FUNCTIONAL && !check.passed()).count();
        Verdict verdict;
        String summary;
        if (exploitsThrough > 0) {
            verdict = Verdict.VULNERABLE;
            summary = exploitsThrough + " of " + exploits + " attacks still get through"
                    + (functionalFailed > 0 ? ", and " + count(functionalFailed, "functional check") + " fail" : "") + ".";
        } else if (functionalFailed > 0) {
            verdict = Verdict.BROKEN;
            summary = "Every attack is blocked, but " + count(functionalFailed, "functional check") + " fail: the feature no longer works.";
        } else if (notSetUp > 0) {
            // Fail closed: an attack that could not be tried is not blocked; the feature works, so the lab is at fault.
            verdict = Verdict.LAB_ERROR;
            summary = "No attack got through and the feature works, but " + count(notSetUp, "attack") + " could not be set up,"
                    + " so the fix is not proven: this is a fault of the lab, not of your code.";
        } else {
            verdict = Verdict.SECURE;
            summary = "Every attack was blocked and the feature still works.";
        }
        return report(lab, verdict, summary, checks, List.of(), List.of(), output, timings, isolation);
    }

    /** The full report: every check, hidden ones with their names; {@link GradeReport#forLearner()} derives what a learner sees. */
    private static GradeReport report(Lab lab, Verdict verdict, String summary, List<CheckReport> checks, List<CompileError> errors,
                                      List<PolicyViolation> violations, String output, Timings timings, Isolation isolation) {
        return new GradeReport(GradeReport.VERSION, View.FULL, lab.id(), verdict, summary, checks, Hidden.of(checks), errors, violations,
                output, timings, GradeReport.Isolation.of(isolation));
    }

    /**
     * The start of a message from inside the sandbox: its first lines, at most {@link #MAX_MESSAGE_CHARS}
     * characters, so that a submission cannot fill a report with a huge exception or an endless stack.
     */
    static String shorten(String message) {
        List<String> lines = message.lines().toList();
        String kept = String.join("\n", lines.subList(0, Math.min(lines.size(), MAX_MESSAGE_LINES)));
        boolean cut = lines.size() > MAX_MESSAGE_LINES || kept.length() > MAX_MESSAGE_CHARS;
        if (kept.length() > MAX_MESSAGE_CHARS) {
            kept = kept.substring(0, MAX_MESSAGE_CHARS);
        }
        return cut ? kept + "\n(" + (message.length() - kept.length()) + " more characters left out)" : kept;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
