package dev.fixpoint.cli;

import dev.fixpoint.catalog.CweCatalog;
import dev.fixpoint.findings.Finding;
import dev.fixpoint.findings.Recommendations;
import dev.fixpoint.findings.SarifFile;
import dev.fixpoint.findings.SarifFormatException;
import dev.fixpoint.findings.SarifReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fixpoint sarif recommend FILE...}: the labs that train what scanners found, as a pull-request comment. */
@Command(name = "recommend", description = "Recommend labs for the findings of SARIF files: a pull-request comment "
        + "grouping findings by CWE, each with the labs to take, and the weaknesses no lab trains yet.")
final class RecommendCommand implements Callable<Integer> {

    /** How the recommendations are printed. */
    enum Format { MARKDOWN, JSON }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "SARIF 2.1.0 files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown (default) or json.")
    String format;

    @Option(names = "--only-new", description = "Only results a baseline comparison marks new (or that were not compared).")
    boolean onlyNew;

    @Override
    public Integer call() {
        Format chosen = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "markdown", "md" -> Format.MARKDOWN;
            case "json" -> Format.JSON;
            default -> throw new IllegalArgumentException("--format: '" + format + "' is neither markdown nor json");
        };
        PrintWriter err = spec.commandLine().getErr();
        SarifReader.Options options = SarifReader.Options.defaults().withOnlyNew(onlyNew);
        List<Finding> findings = new ArrayList<>();
        // Every file is read before anything is printed, so a bad file leaves stdout empty.
        for (Path file : files) {
            SarifFile sarif;
            try {
                sarif = SarifReader.read(file, options);
            } catch (SarifFormatException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
            sarif.warnings().forEach(warning -> err.println("warning: " + file + ": " + warning));
            findings.addAll(sarif.findings());
        }
        Recommendations recommendations = Recommendations.of(findings, Workspace.catalog(err), CweCatalog.bundled());
        PrintWriter out = spec.commandLine().getOut();
        out.print(chosen == Format.JSON ? RecommendationsJson.write(recommendations, files, findings.size())
                : RecommendationsMarkdown.write(recommendations, files.size(), findings.size()));
        out.flush();
        return 0;
    }
}
