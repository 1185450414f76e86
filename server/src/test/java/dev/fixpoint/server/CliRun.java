package dev.fixpoint.server;

import dev.fixpoint.cli.FixpointCli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code fixpoint} command run in the test's JVM against a server under test, as a developer or CI runs it.
 *
 * @param status the exit status
 */
public record CliRun(int status, String out, String err) {

    /** Runs the command with {@code stdin} as its standard input (a token for {@code --token-stdin}, say). */
    public static CliRun fixpoint(String stdin, String... args) {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = FixpointCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new CliRun(status, out.toString(), err.toString());
        } finally {
            System.setIn(previous);
        }
    }
}
