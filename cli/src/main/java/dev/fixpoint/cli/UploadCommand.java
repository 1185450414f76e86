package dev.fixpoint.cli;

import dev.fixpoint.findings.SarifFile;
import dev.fixpoint.findings.SarifFormatException;
import dev.fixpoint.findings.SarifReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code fixpoint sarif upload FILE...}: sends scanners' results to the server in one request; the server assigns the
 * labs that train new findings to the commit's author (docs/findings.md).
 */
@Command(name = "upload", description = "Upload SARIF files to the Fixpoint server, which assigns the labs that train new findings "
        + "to the commit's author. Needs a CI service account's token in FIXPOINT_TOKEN.")
final class UploadCommand implements Callable<Integer> {

    private static final int MAX_FILES = 20;
    private static final int MAX_REF = 300;
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9._/-]{1,300}");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "SARIF 2.1.0 files (at most " + MAX_FILES + "), sent in one request.")
    List<Path> files;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "The Fixpoint server, such as https://fixpoint.example.com")
    String server;

    @Option(names = "--repo", required = true, paramLabel = "R", description = "The repository, such as acme/payments.")
    String repository;

    @Option(names = "--commit", required = true, paramLabel = "SHA", description = "The commit that was scanned.")
    String commit;

    @Option(names = "--ref", paramLabel = "REF", description = "The branch or tag, such as refs/heads/main.")
    String ref;

    @Option(names = "--author", paramLabel = "EMAIL", description = "The commit author's email: new findings are assigned to the account with it.")
    String author;

    @Option(names = "--only-new", description = "Upload only results whose baselineState is new (or that were not compared "
            + "with a baseline); results absent from the scanned code are never uploaded.")
    boolean onlyNew;

    @Override
    public Integer call() throws IOException, InterruptedException {
        URI uri = ServerCredentials.server(server);
        validate();
        MultipartForm form = new MultipartForm().field("repository", repository).field("commit", commit);
        if (ref != null) {
            form.field("ref", ref);
        }
        if (author != null) {
            form.field("author", author.strip());
        }
        if (onlyNew) {
            form.field("onlyNew", "true");
        }
        // Every file is checked before anything is sent, so a bad file leaves the server untouched.
        for (Path file : files) {
            form.file("sarif", file.getFileName().toString(), "application/sarif+json", checked(file));
        }
        JsonNode answer = new ServerClient(ServerCredentials.forCi(uri), ServerClient.Holder.CI_SERVICE_ACCOUNT)
                .post("api/v1/findings", form);
        PrintWriter out = spec.commandLine().getOut();
        out.print(summary(answer));
        out.flush();
        return 0;
    }

    private void validate() {
        if (!REPOSITORY.matcher(repository).matches()) {
            throw new IllegalArgumentException("--repo: '" + repository + "' is not a repository: 1-300 letters, digits, "
                    + "'.', '_', '/' or '-', such as acme/payments");
        }
        if (!COMMIT.matcher(commit).matches()) {
            throw new IllegalArgumentException("--commit: '" + commit + "' is not a commit SHA: 7-64 hexadecimal digits");
        }
        if (ref != null && (ref.isBlank() || ref.length() > MAX_REF)) {
            throw new IllegalArgumentException("--ref: give a branch or tag of 1-" + MAX_REF + " characters, or leave the option out");
        }
        if (author != null) {
            requireEmail(author);
        }
        if (files.size() > MAX_FILES) {
            throw new IllegalArgumentException(files.size() + " files: the server takes at most " + MAX_FILES + " in one upload");
        }
    }

    /** Fails naming {@code --author} unless it reads as an email, which is how the server finds the developer. */
    static void requireEmail(String author) {
        if (!EMAIL.matcher(author.strip()).matches()) {
            throw new IllegalArgumentException("--author: '" + author + "' is not an email address, such as the one "
                    + "'git log -1 --format=%ae' prints");
        }
    }

    /** The file's bytes, once the SARIF reader accepts the file; its warnings go to stderr as {@code recommend} prints them. */
    private byte[] checked(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            // Typically a scanner step that failed before writing its output.
            throw new IllegalArgumentException(file + ": no such file; nothing was uploaded");
        }
        SarifFile sarif;
        try {
            sarif = SarifReader.read(file, SarifReader.Options.defaults());
        } catch (SarifFormatException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage() + "; nothing was uploaded", e);
        }
        sarif.warnings().forEach(warning -> spec.commandLine().getErr().println("warning: " + file + ": " + warning));
        return Files.readAllBytes(file);
    }

    private String summary(JsonNode answer) {
        StringBuilder text = new StringBuilder("Uploaded ").append(count(answer.path("results").asInt(), "result", "results"))
                .append(" from ").append(count(answer.path("files").asInt(), "file", "files"))
                .append(" to ").append(repository).append('@').append(commit, 0, Math.min(7, commit.length()))
                .append(": ").append(answer.path("new").asInt()).append(" new, ")
                .append(answer.path("known").asInt()).append(" already known")
                .append(answer.path("skipped").asInt() > 0 ? ", " + answer.path("skipped").asInt() + " skipped (gone from the code, or not new)" : "")
                .append(".\n");
        for (JsonNode assigned : answer.path("assigned")) {
            Assignment assignment = Assignment.of(assigned);
            text.append("Assigned ").append(assignment.lab()).append(" to ").append(assignment.developer())
                    .append(", due ").append(assignment.due()).append(".\n");
        }
        int unassigned = answer.path("unassigned").asInt();
        if (unassigned > 0) {
            text.append(unassigned == 1 ? "1 finding has no developer account yet; it waits in the leads' inbox.\n"
                    : unassigned + " findings have no developer account yet; they wait in the leads' inbox.\n");
        }
        int gaps = answer.path("gaps").asInt();
        if (gaps > 0) {
            text.append(gaps == 1 ? "1 finding has no lab yet (a gap in the curriculum).\n"
                    : gaps + " findings have no lab yet (gaps in the curriculum).\n");
        }
        return text.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
