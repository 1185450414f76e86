package dev.fixpoint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code fixpoint} command. */
@Command(name = "fixpoint", mixinStandardHelpOptions = true, version = "Fixpoint 0.1.0",
        description = "Fix real vulnerable code; Fixpoint proves the fix by attacking it.",
        subcommands = {LabsCommand.class, LabCommand.class, GradeCommand.class, BenchCommand.class, LoginCommand.class,
                SubmitCommand.class, SarifCommand.class, GateCommand.class, ServerCacheCommand.class, CommandLine.HelpCommand.class})
public final class FixpointCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests, which must not exit the JVM). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to the given streams. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new FixpointCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("fixpoint: " + exception.getMessage());
            return 2;
        });
        return commandLine.execute(args);
    }
}
