package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.nio.file.Path;
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
        } else {
            out.print(describe(lab.id(), result));
        }
        out.flush();
        return "SECURE".equals(result.path("report").path("verdict").asString()) ? 0 : 1;
    }

    private static String describe(String lab, JsonNode submission) {
        String status = submission.path("status").asString();
        if (status.equals("FAILED")) {
            return lab + ": not graded: " + submission.path("error").asString() + "\n";
        }
        if (!status.equals("DONE")) {
            return lab + ": still " + status.toLowerCase() + " after " + WAIT_SECONDS + " s; see the lab's page on the server.\n";
        }
        JsonNode report = submission.path("report");
        StringBuilder text = new StringBuilder(lab + ": " + report.path("verdict").asString() + "\n" + report.path("summary").asString() + "\n\n");
        report.path("diagnostics").forEach(d -> text.append("  ").append(d.path("file").asString()).append(':')
                .append(d.path("line").asLong()).append(": ").append(d.path("message").asString()).append('\n'));
        report.path("checks").forEach(check -> text.append("  ").append(check.path("passed").asBoolean() ? "passed " : "FAILED ")
                .append(check.path("kind").asString()).append(' ').append(check.path("name").asString()).append(": ")
                .append(check.path("message").asString()).append('\n'));
        if (report.path("hiddenFailed").asInt() > 0) {
            text.append("  Hidden checks failed: ").append(report.path("hiddenFailed").asInt()).append('\n');
        }
        return text.toString();
    }
}
