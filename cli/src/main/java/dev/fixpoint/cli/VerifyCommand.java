package dev.fixpoint.cli;

import dev.fixpoint.catalog.FixCase;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.grading.LabVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fixpoint lab verify}: every lab proves itself. */
@Command(name = "verify", description = "Prove labs: the vulnerable code is exploitable and works, the solution is secure and works.")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "The labs to verify.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "Verify every lab.")
    boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (ids.isEmpty() && !all) {
            err.println("fixpoint lab verify: name the labs to verify, or --all");
            return 2;
        }
        LabCatalog catalog = Workspace.catalog(err);
        int failures = catalog.problems().size();
        List<Lab> labs = all ? catalog.labs() : ids.stream().map(id -> Workspace.lab(catalog, id)).toList();
        try (Grader grader = Workspace.grader(err, 1, false)) {
            LabVerifier verifier = new LabVerifier(grader, Installation.detect());
            // No pools to warm: verification runs every grading in workers of its own (LabVerifier).
            List<java.util.concurrent.CompletableFuture<LabVerifier.Verification>> verifications = verifier.verifyAll(labs);
            for (int i = 0; i < labs.size(); i++) {
                Lab lab = labs.get(i);
                LabVerifier.Verification verification = verifications.get(i).join();
                if (verification.passed()) {
                    out.printf("ok    %-32s vulnerable: %s (%d ms), solution: %s (%d ms)%s%n", lab.id(),
                            verification.vulnerable().verdict(), verification.vulnerable().timings().totalMs(),
                            verification.solution().verdict(), verification.solution().timings().totalMs(), cases(verification));
                } else {
                    failures += verification.failures().size();
                    out.printf("FAIL  %s%n", lab.id());
                    verification.failures().forEach(failure -> out.println("      " + failure));
                }
                out.flush();
            }
        }
        out.println(failures == 0 ? labs.size() + " labs verified." : failures + " problems found.");
        return failures == 0 ? 0 : 1;
    }

    /** The tempting and alternative fixes' verdicts, as ", tempting: 2 of 2 caught, alternatives: 1 of 1 SECURE". */
    private static String cases(LabVerifier.Verification verification) {
        long tempting = verification.cases().stream().filter(result -> result.fixCase().kind() == FixCase.Kind.TEMPTING).count();
        long alternatives = verification.cases().size() - tempting;
        return (tempting == 0 ? "" : ", tempting: " + tempting + " caught") + (alternatives == 0 ? "" : ", alternatives: " + alternatives + " SECURE");
    }
}
