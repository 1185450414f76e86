package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest.CheckKind;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Proves that a lab works: its vulnerable code is exploitable by every exploit check and keeps the feature
 * working; its solution blocks every exploit and keeps the feature working; its visible checks compile
 * without the hidden ones, so that a pulled project builds.
 */
public final class LabVerifier {

    private final Grader grader;
    private final Installation installation;

    public LabVerifier(Grader grader, Installation installation) {
        this.grader = grader;
        this.installation = installation;
    }

    /**
     * The outcome of verifying one lab.
     *
     * @param failures each naming the lab, the code (vulnerable or solution) and the check
     */
    public record Verification(String lab, List<String> failures, GradeReport vulnerable, GradeReport solution) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    public Verification verify(Lab lab) {
        List<String> failures = new ArrayList<>();
        GradeReport vulnerable = grader.grade(lab, lab.starterFiles());
        if (vulnerable.verdict() != Verdict.VULNERABLE) {
            failures.add(lab.id() + ": vulnerable code: expected VULNERABLE, got " + vulnerable.verdict() + ": " + vulnerable.summary());
        }
        for (CheckReport check : vulnerable.checks()) {
            if (check.kind() == CheckKind.FUNCTIONAL && !check.passed()) {
                failures.add(lab.id() + ": vulnerable code: functional check '" + check.name() + "' fails: " + check.message());
            }
            if (check.kind() == CheckKind.EXPLOIT && check.passed()) {
                failures.add(lab.id() + ": vulnerable code: exploit check '" + check.name() + "' does not get through, so it proves nothing: " + check.message());
            }
        }
        GradeReport solution = grader.grade(lab, lab.solutionFiles());
        if (solution.verdict() != Verdict.SECURE) {
            failures.add(lab.id() + ": solution: expected SECURE, got " + solution.verdict() + ": " + solution.summary()
                    + solution.compileErrors().stream().map(error -> " " + error).reduce("", String::concat)
                    + solution.violations().stream().map(violation -> " " + violation).reduce("", String::concat));
        }
        solution.checks().stream().filter(check -> !check.passed())
                .forEach(check -> failures.add(lab.id() + ": solution: " + check.kind().name().toLowerCase() + " check '" + check.name() + "' fails: " + check.message()));
        failures.addAll(visibleChecksCompileAlone(lab));
        return new Verification(lab.id(), failures, vulnerable, solution);
    }

    private List<String> visibleChecksCompileAlone(Lab lab) {
        List<java.nio.file.Path> classPath = new ArrayList<>();
        classPath.add(installation.labApi());
        classPath.addAll(new JavaRuntime(installation).libraries(lab));
        try {
            InMemoryCompiler.Result result = new InMemoryCompiler().compile(lab.visibleCheckSources(), classPath, 20_000);
            return result.errors().stream()
                    .map(error -> lab.id() + ": visible checks do not compile without the hidden ones (a pulled project would not build): " + error)
                    .toList();
        } catch (TimeoutException e) {
            return List.of(lab.id() + ": compiling the visible checks timed out");
        }
    }
}
