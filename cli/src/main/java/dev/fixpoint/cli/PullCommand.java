package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.grading.Installation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code fixpoint lab pull ID DIR}: the lab as a Maven project for any IDE. */
@Command(name = "pull", description = "Write a lab as a standalone Maven project: fix it in your IDE, run its visible checks with 'mvn test'.")
final class PullCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The lab.")
    String id;

    @Parameters(index = "1", paramLabel = "DIR", description = "A new or empty folder.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Lab lab = Workspace.lab(Workspace.catalog(spec.commandLine().getErr()), id);
        PulledProject.write(lab, dir, Installation.detect());
        out.println("Wrote " + lab.id() + " (" + lab.manifest().title() + ") to " + dir);
        out.println("Read " + dir.resolve("BRIEFING.md") + ", then fix:");
        lab.manifest().editable().forEach(path -> out.println("  " + PulledProject.projectPath(dir, path)));
        out.println("Run the visible checks:  (cd " + dir + " && ./mvnw test)");
        out.println("Grade with every check:  ./fixpoint grade " + lab.id() + " " + dir);
        out.flush();
        return 0;
    }
}
