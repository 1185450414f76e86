package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.grading.Grader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code fixpoint grade ID DIR}: grades a working copy with the full grader, hidden checks included. */
@Command(name = "grade", description = "Grade your fix in DIR (a project written by 'fixpoint lab pull'). Exit status 0 only when SECURE.")
final class GradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The lab.")
    String id;

    @Parameters(index = "1", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object instead of a readable report.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabCatalog catalog = Workspace.catalog(err);
        Lab lab = Workspace.lab(catalog, id);
        var files = PulledProject.readEditableFiles(lab, dir);
        GradeReport report;
        try (Grader grader = Workspace.grader(err, 0, false)) {
            report = grader.grade(lab, files).forLearner();
        }
        out.print(json ? report.toPrettyJson() + "\n" : ReportText.write(report));
        out.flush();
        return report.secure() ? 0 : 1;
    }
}
