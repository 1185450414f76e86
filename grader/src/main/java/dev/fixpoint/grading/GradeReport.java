package dev.fixpoint.grading;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.fixpoint.sandbox.Sandbox;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Objects;

/**
 * The result of grading one submission: the one report contract that the grader hands out, the server stores,
 * the API serves, {@code fixpoint grade --json} and {@code fixpoint submit} print and the lab page shows.
 * It is versioned: fields may be added within a version (readers ignore fields they do not know), and anything
 * else raises {@link #VERSION}.
 *
 * @param version       the contract's version, {@link #VERSION}
 * @param view          whether this is the full report or what a learner may see of it
 * @param summary       one sentence on the verdict
 * @param checks        the checks' results in the order they ran (random per run); in the learner's view, visible ones only
 * @param hidden        the hidden checks in numbers, with the clues of those that failed
 * @param output        what the services of the visible checks printed, cut at the sandbox's output limit
 * @param isolation     how the sandbox that graded it isolated the code
 */
@JsonPropertyOrder({"version", "view", "lab", "verdict", "summary", "checks", "hidden", "compileErrors", "violations",
        "output", "timings", "isolation"})
public record GradeReport(int version, View view, String lab, Verdict verdict, String summary, List<CheckReport> checks,
                          Hidden hidden, List<CompileError> compileErrors, List<PolicyViolation> violations, String output,
                          Timings timings, Isolation isolation) {

    /** The contract's current version. */
    public static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    public GradeReport {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(verdict, "verdict");
        checks = checks == null ? List.of() : List.copyOf(checks);
        compileErrors = compileErrors == null ? List.of() : List.copyOf(compileErrors);
        violations = violations == null ? List.of() : List.copyOf(violations);
        output = output == null ? "" : output;
    }

    /** Who a report is for. */
    public enum View {
        /** Every check, hidden ones included with their names and explanations: for lab authors and administrators. */
        FULL,
        /** What a learner may see: visible checks only; hidden checks as counts and the clues of those that failed. */
        LEARNER
    }

    /**
     * The hidden checks of a run, which a learner sees only in numbers.
     *
     * @param total  how many ran
     * @param failed how many failed
     * @param clues  the clues of the failed ones, each once, in alphabetical order (the run order is random)
     */
    public record Hidden(int total, int failed, List<String> clues) {

        public static final Hidden NONE = new Hidden(0, 0, List.of());

        public Hidden {
            clues = clues == null ? List.of() : List.copyOf(clues);
        }

        static Hidden of(List<CheckReport> checks) {
            List<CheckReport> hidden = checks.stream().filter(CheckReport::hidden).toList();
            List<CheckReport> failed = hidden.stream().filter(check -> !check.passed()).toList();
            return new Hidden(hidden.size(), failed.size(),
                    failed.stream().map(CheckReport::clue).filter(Objects::nonNull).distinct().sorted().toList());
        }
    }

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

    /**
     * How the sandbox that graded a submission isolated it.
     *
     * @param level       full, or reduced because the operator accepted less
     * @param description what the isolation consists of
     */
    public record Isolation(Level level, String description) {

        public enum Level { FULL, REDUCED }

        public static Isolation of(Sandbox.Isolation sandbox) {
            return new Isolation(sandbox.full() ? Level.FULL : Level.REDUCED, sandbox.description());
        }

        public boolean full() {
            return level == Level.FULL;
        }

        /** One line for reports: the level, then what it consists of. */
        public String summary() {
            return (full() ? "full" : "REDUCED") + ": " + description;
        }
    }

    /** What a learner may see: hidden checks only as numbers and the clues of those that failed. */
    public GradeReport forLearner() {
        List<CheckReport> visible = checks.stream().filter(check -> !check.hidden()).toList();
        return new GradeReport(version, View.LEARNER, lab, verdict, summary, visible, hidden, compileErrors, violations, output,
                timings, isolation);
    }

    public boolean secure() {
        return verdict == Verdict.SECURE;
    }

    /** The report as JSON, the form it is stored and served in. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The report as indented JSON, for people and scripts reading a terminal. */
    public String toPrettyJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }

    /**
     * Reads a report written by {@link #toJson()} (by this version of Fixpoint or another with the same contract version).
     *
     * @throws IllegalArgumentException when the text is not a report of version {@link #VERSION}, saying why
     */
    public static GradeReport parse(String json) {
        GradeReport report;
        try {
            report = JSON.readValue(json, GradeReport.class);
        } catch (JacksonException | NullPointerException e) {
            throw new IllegalArgumentException("not a grading report: " + e.getMessage(), e);
        }
        if (report.version() != VERSION) {
            throw new IllegalArgumentException("a grading report of version " + report.version()
                    + ", which this version of Fixpoint does not read (it reads version " + VERSION + ")");
        }
        return report;
    }
}
