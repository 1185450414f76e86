package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.SandboxSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * One sample of {@code fixpoint bench}'s cold figure, run by the bench in a JVM of its own so that nothing is warm: a
 * fresh grader as a server makes it at start (pool size 1, as the server's default), the lab opened by a learner
 * ({@link Grader#warm}), {@code --delay} milliseconds later *Run checks* with the reference solution. Prints one JSON line.
 */
@Command(name = "bench-cold-start", hidden = true, description = "One cold-start sample for 'fixpoint bench' (internal).")
final class ColdStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The lab.")
    String id;

    @Option(names = "--delay", defaultValue = "0", description = "Milliseconds between opening the lab and submitting.")
    long delayMillis;

    @Option(names = "--cold-compiler", description = "Do not warm the compiler when the grader is made, as the server does.")
    boolean coldCompiler;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Lab lab = Workspace.lab(Workspace.catalog(spec.commandLine().getErr()), id);
        long started = System.nanoTime();
        Grader grader = new Grader(Installation.detect(), new Sandbox(SandboxSettings.defaults().withPoolSize(1)));
        if (!coldCompiler) {
            // As the server does when it starts (GraderConfig).
            grader.warmCompiler();
        }
        long graderMillis = (System.nanoTime() - started) / 1_000_000L;
        grader.warm(lab);
        Thread.sleep(delayMillis);
        long submitted = System.nanoTime();
        GradeReport report = grader.grade(lab, lab.solutionFiles());
        long firstMillis = (System.nanoTime() - submitted) / 1_000_000L;
        out.println(JsonMapper.builder().build().createObjectNode().put("graderStartMs", graderMillis).put("firstGradingMs", firstMillis)
                .put("compileMs", report.timings().compileMs()).put("startMs", report.timings().startMs())
                .put("checksMs", report.timings().checksMs()).put("verdict", report.verdict().name()));
        out.flush();
        grader.close();
        return 0;
    }
}
