package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.grading.GradeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code fixpoint submit ID DIR}: grades the working copy on the server, which records the attempt. */
@Command(name = "submit", description = "Grade your fix in DIR on the server you logged in to; the attempt counts in your progress. Exit status 0 only when SECURE.")
final class SubmitCommand implements Callable<Integer> {

    private static final int WAIT_SECONDS = 180;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The lab.")
    String id;

    @Parameters(index = "1", paramLabel = "DIR", description = "The project folder written by 'fixpoint lab pull'.")
    Path dir;

    @Option(names = "--json", description = "Print the server's JSON for the submission.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ServerCredentials credentials = ServerCredentials.load()
                .orElseThrow(() -> new IllegalStateException("not logged in: run 'fixpoint login URL' first"));
        Lab lab = Workspace.lab(Workspace.catalog(spec.commandLine().getErr()), id);
        ServerClient server = new ServerClient(credentials);
        String submission = server.post("api/v1/labs/" + lab.id() + "/submissions",
                Map.of("files", PulledProject.readEditableFiles(lab, dir))).path("id").asString();
        JsonNode result = null;
        for (int i = 0; i < WAIT_SECONDS * 5; i++) {
            result = server.get("api/v1/submissions/" + submission);
            if (result.path("status").asString().matches("DONE|FAILED")) {
                break;
            }
            Thread.sleep(200);
        }
        if (json) {
            out.println(result.toPrettyString());
            out.flush();
            return secure(result) ? 0 : 1;
        }
        String status = result.path("status").asString();
        if (status.equals("DONE")) {
            out.print(ReportText.write(GradeReport.parse(result.path("report").toString())));
        } else if (status.equals("FAILED")) {
            out.println(lab.id() + ": not graded: " + result.path("error").asString());
        } else {
            out.println(lab.id() + ": still " + status.toLowerCase(Locale.ROOT) + " after " + WAIT_SECONDS + " s; see the lab's page on the server.");
        }
        out.flush();
        return secure(result) ? 0 : 1;
    }

    private static boolean secure(JsonNode submission) {
        return submission.path("status").asString().equals("DONE") && GradeReport.parse(submission.path("report").toString()).secure();
    }
}
