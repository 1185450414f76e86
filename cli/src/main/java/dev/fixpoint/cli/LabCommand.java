package dev.fixpoint.cli;

import picocli.CommandLine.Command;

/** {@code fixpoint lab ...}: commands on one or more labs. */
@Command(name = "lab", description = "Verify a lab, pull it into a project for your IDE, start a new one, or print lab.yaml's schema.",
        subcommands = {VerifyCommand.class, PullCommand.class, LabNewCommand.class, LabSchemaCommand.class})
final class LabCommand {
}
