package dev.fixpoint.cli;

import picocli.CommandLine.Command;

/** {@code fixpoint lab ...}: commands on one or more labs. */
@Command(name = "lab", description = "Verify a lab, or pull it into a project for your IDE.",
        subcommands = {VerifyCommand.class, PullCommand.class})
final class LabCommand {
}
