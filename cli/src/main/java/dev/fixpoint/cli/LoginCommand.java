package dev.fixpoint.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code fixpoint login URL}: checks a personal token against the server and stores it for `submit`. */
@Command(name = "login", description = "Store a personal API token (create one on the server's Account page) for 'fixpoint submit'.")
final class LoginCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The Fixpoint server, such as http://localhost:8080")
    URI server;

    @Option(names = "--token-stdin", description = "Read the token from standard input instead of prompting.")
    boolean tokenFromStdin;

    @Override
    public Integer call() throws Exception {
        String token;
        Console console = System.console();
        if (!tokenFromStdin && console != null) {
            token = new String(console.readPassword("Personal API token (from %s/account): ", server));
        } else {
            token = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (token == null || token.isBlank()) {
            spec.commandLine().getErr().println("fixpoint login: no token given");
            return 2;
        }
        ServerCredentials credentials = new ServerCredentials(URI.create(server.toString().replaceAll("/+$", "") + "/"), token.strip());
        JsonNode me = new ServerClient(credentials).get("api/v1/me");
        credentials.save();
        spec.commandLine().getOut().println("Signed in to " + credentials.server() + " as " + me.path("username").asString()
                + "; the token is stored in " + ServerCredentials.file());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
