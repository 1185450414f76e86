package dev.fixpoint.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code fixpoint gate --author EMAIL}: a pull-request check that fails while the author has overdue training that
 * scanner findings triggered, naming each lab so that the CI log says what to do.
 */
@Command(name = "gate", description = "A pull-request check: exit status 0 when the author has no overdue training triggered by "
        + "findings, 1 while they have (each lab listed with its due date and link), 2 on errors. Needs a CI service "
        + "account's token in FIXPOINT_TOKEN.")
final class GateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "The Fixpoint server, such as https://fixpoint.example.com")
    String server;

    @Option(names = "--author", required = true, paramLabel = "EMAIL", description = "The commit author's email.")
    String author;

    @Override
    public Integer call() throws IOException, InterruptedException {
        URI uri = ServerCredentials.server(server);
        UploadCommand.requireEmail(author);
        JsonNode gate = new ServerClient(ServerCredentials.forCi(uri), ServerClient.Holder.CI_SERVICE_ACCOUNT)
                .get("api/v1/gate?author=" + URLEncoder.encode(author.strip(), StandardCharsets.UTF_8));
        if (!gate.path("passed").isBoolean()) {
            throw new IllegalStateException("the server's answer says neither that the gate passed nor that it failed: " + gate);
        }
        boolean passed = gate.path("passed").asBoolean();
        List<Assignment> open = assignments(gate.path("open"));
        PrintWriter out = spec.commandLine().getOut();
        out.print(passed ? passed(gate, open) : failed(assignments(gate.path("overdue")), open));
        out.flush();
        return passed ? 0 : 1;
    }

    private String passed(JsonNode gate, List<Assignment> open) {
        StringBuilder text = new StringBuilder("Training gate passed for ").append(author.strip()).append(".\n");
        if (gate.path("developer").isNull() || gate.path("developer").isMissingNode()) {
            // Often a private or noreply commit email: worth saying, since such findings reach nobody.
            text.append("No Fixpoint account has this email, so there is no training to check.\n");
        }
        list(text, "Training due later:", open);
        return text.toString();
    }

    private String failed(List<Assignment> overdue, List<Assignment> open) {
        StringBuilder text = new StringBuilder("Training gate failed for ").append(author.strip()).append(": ")
                .append(overdue.size() == 1 ? "1 lab is" : overdue.size() + " labs are").append(" overdue.");
        list(text.append('\n'), "Overdue:", overdue);
        list(text, "Due later:", open);
        return text.append("This pull request can merge once the overdue ").append(overdue.size() == 1 ? "lab is" : "labs are")
                .append(" solved on Fixpoint; then run this check again.\n").toString();
    }

    private static void list(StringBuilder text, String heading, List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return;
        }
        text.append(heading).append('\n');
        for (Assignment assignment : assignments) {
            text.append("  - ").append(assignment.named()).append(", due ").append(assignment.due())
                    .append(assignment.url().isEmpty() ? "" : ": " + assignment.url()).append('\n');
        }
    }

    private static List<Assignment> assignments(JsonNode list) {
        List<Assignment> assignments = new ArrayList<>();
        list.forEach(item -> assignments.add(Assignment.of(item)));
        return assignments;
    }
}
