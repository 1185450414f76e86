package dev.fixpoint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fixpoint sarif}: what scanners' SARIF files say, in terms of labs. */
@Command(name = "sarif", description = "Work with scanners' SARIF files.",
        subcommands = {RecommendCommand.class, EnrichCommand.class, UploadCommand.class, CommandLine.HelpCommand.class})
final class SarifCommand {
}
