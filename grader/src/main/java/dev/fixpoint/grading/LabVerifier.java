package dev.fixpoint.grading;

import dev.fixpoint.catalog.FixCase;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.OnStarter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Proves that a lab works: its vulnerable code is exploitable by every exploit check and keeps the feature
 * working; its solution blocks every exploit and keeps the feature working; each tempting fix it carries gets the
 * verdict it must (caught by the checks it names) and each alternative fix is SECURE, so that the checks are proven
 * against over-fitting both ways; its visible checks compile without the hidden ones, so that a pulled project builds.
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
    public record Verification(String lab, List<String> failures, GradeReport vulnerable, GradeReport solution, List<CaseResult> cases) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** How one tempting or alternative fix was graded, and whether that is the verdict it must get. */
    public record CaseResult(FixCase fixCase, Verdict verdict, boolean asExpected) {
    }

    /** Gradings of one lab run at once: two keep both cores busy while one grading waits on its services. */
    static final int PARALLEL_GRADINGS = 2;

    /**
     * Verifies these labs two at a time, so that while one lab's last runs end the next one's first start (the grader still
     * runs no more services at once than the machine has cores).
     *
     * @return each lab's verification, in the order of {@code labs}, as it completes
     */
    public List<java.util.concurrent.CompletableFuture<Verification>> verifyAll(List<Lab> labs) {
        ExecutorService ahead = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("verify-lab-", 0).factory());
        try {
            return labs.stream().map(lab -> java.util.concurrent.CompletableFuture.supplyAsync(() -> verify(lab), ahead)).toList();
        } finally {
            // The verifications submitted still run; the threads end with the last of them.
            ahead.shutdown();
        }
    }

    public Verification verify(Lab lab) {
        try (ExecutorService gradings = Executors.newFixedThreadPool(PARALLEL_GRADINGS, Thread.ofPlatform().daemon().name("verify-", 0).factory())) {
            // Everything runs in two sequences (one per core) of workers that keep warm from one run to the next, all of it the
            // author's code. The starter opens one sequence and the solution the other, so that each is graded in fresh
            // workers, as a learner's submission can be: the solution's functional checks must pass in a cold worker.
            List<FixCase> fixCases = lab.cases();
            List<java.util.Map<String, String>> sequenced = new ArrayList<>();
            sequenced.add(lab.starterFiles());
            sequenced.add(lab.solutionFiles());
            fixCases.forEach(fixCase -> sequenced.add(lab.filesOf(fixCase)));
            List<Future<List<GradeReport>>> sequences = new ArrayList<>();
            for (int first = 0; first < PARALLEL_GRADINGS; first++) {
                List<java.util.Map<String, String>> files = new ArrayList<>();
                for (int i = first; i < sequenced.size(); i += PARALLEL_GRADINGS) {
                    files.add(sequenced.get(i));
                }
                sequences.add(gradings.submit(() -> grader.gradeInSequence(lab, files)));
            }
            List<GradeReport> reports = new ArrayList<>();
            List<List<GradeReport>> sequenceReports = sequences.stream().map(LabVerifier::result).toList();
            for (int i = 0; i < sequenced.size(); i++) {
                reports.add(sequenceReports.get(i % PARALLEL_GRADINGS).get(i / PARALLEL_GRADINGS));
            }
            List<String> failures = new ArrayList<>();
            GradeReport vulnerable = reports.get(0);
            failures.addAll(starterFailures(lab, vulnerable));
            GradeReport solution = reports.get(1);
            failures.addAll(solutionFailures(lab, solution));
            failures.addAll(visibleChecksCompileAlone(lab));
            failures.addAll(grader.runtime(lab).projectProblems(lab));
            List<CaseResult> cases = new ArrayList<>();
            for (int i = 0; i < fixCases.size(); i++) {
                cases.add(verify(lab, fixCases.get(i), reports.get(i + 2), failures));
            }
            return new Verification(lab.id(), failures, vulnerable, solution, cases);
        }
    }

    private static <T> T result(Future<T> grading) {
        try {
            return grading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static List<String> starterFailures(Lab lab, GradeReport vulnerable) {
        List<String> failures = new ArrayList<>();
        if (vulnerable.verdict() != Verdict.VULNERABLE) {
            failures.add(lab.id() + ": vulnerable code: expected VULNERABLE, got " + vulnerable.verdict() + ": " + vulnerable.summary());
        }
        for (CheckReport check : vulnerable.checks()) {
            if (check.kind() == CheckKind.FUNCTIONAL && !check.passed() && onStarter(lab, check) == OnStarter.PASSES) {
                failures.add(lab.id() + ": vulnerable code: functional check '" + check.name() + "' fails: " + check.message());
            }
            if (check.kind() == CheckKind.FUNCTIONAL && check.passed() && onStarter(lab, check) == OnStarter.FAILS) {
                failures.add(lab.id() + ": vulnerable code: functional check '" + check.name() + "' passes, where lab.yaml says the flaw breaks it (on-starter: fails)");
            }
            if (check.notSetUp()) {
                failures.add(lab.id() + ": vulnerable code: exploit check '" + check.name() + "' could not set its attack up: " + check.message());
            }
            if (check.kind() == CheckKind.EXPLOIT && check.passed()) {
                failures.add(lab.id() + ": vulnerable code: exploit check '" + check.name() + "' does not get through, so it proves nothing: " + check.message());
            }
        }
        return failures;
    }

    private static List<String> solutionFailures(Lab lab, GradeReport solution) {
        List<String> failures = new ArrayList<>();
        if (solution.verdict() != Verdict.SECURE) {
            failures.add(lab.id() + ": solution: expected SECURE, got " + solution.verdict() + ": " + solution.summary()
                    + solution.compileErrors().stream().map(error -> " " + error).reduce("", String::concat)
                    + solution.violations().stream().map(violation -> " " + violation).reduce("", String::concat));
        }
        solution.checks().stream().filter(check -> !check.passed())
                .forEach(check -> failures.add(lab.id() + ": solution: " + check.kind().name().toLowerCase() + " check '" + check.name() + "' fails: " + check.message()));
        return failures;
    }

    private CaseResult verify(Lab lab, FixCase fixCase, GradeReport report, List<String> failures) {
        String where = lab.id() + ": " + fixCase.path() + ": ";
        boolean asExpected = matches(report.verdict(), fixCase.expected());
        if (!asExpected) {
            failures.add(where + "expected " + fixCase.expected() + ", got " + report.verdict() + ": " + report.summary()
                    + (fixCase.kind() == FixCase.Kind.TEMPTING ? " (" + fixCase.why().strip() + ")" : ""));
        }
        for (String name : fixCase.caughtBy()) {
            boolean caught = report.checks().stream().anyMatch(check -> check.name().equals(name) && !check.passed());
            if (!caught) {
                asExpected = false;
                failures.add(where + "check '" + name + "' must catch it, and does not");
            }
        }
        if (fixCase.kind() == FixCase.Kind.ALTERNATIVE) {
            report.checks().stream().filter(check -> !check.passed()).forEach(check ->
                    failures.add(where + check.kind().name().toLowerCase() + " check '" + check.name() + "' fails: " + check.message()));
        }
        return new CaseResult(fixCase, report.verdict(), asExpected);
    }

    private static OnStarter onStarter(Lab lab, CheckReport check) {
        return lab.manifest().checks().stream().filter(spec -> spec.name().equals(check.name())).map(LabManifest.CheckSpec::onStarter)
                .findFirst().orElse(OnStarter.PASSES);
    }

    private static boolean matches(Verdict verdict, FixCase.Expected expected) {
        return switch (expected) {
            case SECURE -> verdict == Verdict.SECURE;
            case VULNERABLE -> verdict == Verdict.VULNERABLE;
            case BROKEN -> verdict == Verdict.BROKEN;
        };
    }

    private List<String> visibleChecksCompileAlone(Lab lab) {
        List<java.nio.file.Path> classPath = new ArrayList<>();
        classPath.add(installation.labApi());
        classPath.addAll(grader.runtimeLibraries(lab));
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
