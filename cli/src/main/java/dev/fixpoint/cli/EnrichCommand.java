package dev.fixpoint.cli;

import dev.fixpoint.catalog.CweCatalog;
import dev.fixpoint.catalog.LabCatalog;
import dev.fixpoint.findings.Finding;
import dev.fixpoint.findings.Recommendations;
import dev.fixpoint.findings.SarifFormatException;
import dev.fixpoint.findings.SarifReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code fixpoint sarif enrich IN -o OUT}: the same SARIF with the labs that train each rule's weakness added to the
 * rule's {@code help.markdown}, so that code-scanning views show the training next to the finding. Everything else
 * (rule ids, results, fingerprints) is left as it was.
 */
@Command(name = "enrich", description = "Add links to the labs that train each rule's weakness to the rules' help.markdown; "
        + "rule ids, results and fingerprints are unchanged.")
final class EnrichCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", description = "A SARIF 2.1.0 file.")
    Path in;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Where to write the enriched SARIF.")
    Path out;

    @Option(names = "--server", paramLabel = "URL", description = "The Fixpoint server the links point to (without it, the lab ids are named).")
    String server;

    @Override
    public Integer call() throws IOException {
        List<Finding> findings;
        try {
            findings = SarifReader.read(in, SarifReader.Options.defaults()).findings();
        } catch (SarifFormatException e) {
            throw new IllegalArgumentException(in + ": " + e.getMessage(), e);
        }
        LabCatalog labs = Workspace.catalog(spec.commandLine().getErr());
        Map<String, String> training = trainingByRule(findings, labs);
        JsonMapper json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        JsonNode log = json.readTree(in.toFile());
        int enriched = 0;
        for (JsonNode run : log.path("runs")) {
            String tool = run.path("tool").path("driver").path("name").asString("");
            enriched += enrich(run.path("tool").path("driver").path("rules"), tool, training);
            for (JsonNode extension : run.path("tool").path("extensions")) {
                enriched += enrich(extension.path("rules"), tool, training);
            }
        }
        // Written next to its destination and moved in one step: a failure leaves no half-written file.
        Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), ".fixpoint-enrich-", ".sarif");
        json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), log);
        Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getErr().println("enriched " + enriched + " rule" + (enriched == 1 ? "" : "s") + "; wrote " + out);
        return 0;
    }

    /** The Markdown to add per tool and rule id, for rules whose findings map to at least one lab. */
    private Map<String, String> trainingByRule(List<Finding> findings, LabCatalog labs) {
        Map<String, List<Finding>> byRule = findings.stream().filter(finding -> !finding.ruleId().isEmpty())
                .collect(Collectors.groupingBy(finding -> finding.tool() + "\n" + finding.ruleId(), LinkedHashMap::new, Collectors.toList()));
        Map<String, String> training = new LinkedHashMap<>();
        byRule.forEach((key, ruleFindings) -> {
            List<Recommendations.Recommendation> found = Recommendations.of(ruleFindings, labs, CweCatalog.bundled()).recommendations();
            if (!found.isEmpty()) {
                training.put(key, markdown(found));
            }
        });
        return training;
    }

    private String markdown(List<Recommendations.Recommendation> recommendations) {
        StringBuilder md = new StringBuilder("**Fixpoint training**\n\n");
        for (Recommendations.Recommendation recommendation : recommendations) {
            for (Recommendations.LabRef lab : recommendation.labs()) {
                String title = MarkdownText.escape(lab.title());
                md.append("- ").append(server == null ? title + " (`fixpoint lab pull " + lab.id() + "`)"
                        : "[" + title + "](" + server.replaceAll("/+$", "") + "/labs/" + lab.id() + ")");
                md.append(": ").append(MarkdownText.escape(recommendation.reason())).append('\n');
            }
        }
        return md.toString();
    }

    private static int enrich(JsonNode rules, String tool, Map<String, String> training) {
        int enriched = 0;
        for (JsonNode rule : rules) {
            String addition = training.get(tool + "\n" + rule.path("id").asString(""));
            if (addition == null || !(rule instanceof ObjectNode object)) {
                continue;
            }
            ObjectNode help = object.get("help") instanceof ObjectNode existing ? existing : object.putObject("help");
            String before = help.path("markdown").asString(help.path("text").asString(""));
            help.put("markdown", before.isBlank() ? addition : before.strip() + "\n\n" + addition);
            if (!help.has("text")) {
                // SARIF requires plain text wherever it gives Markdown.
                help.put("text", "Fixpoint training: see the Markdown help.");
            }
            enriched++;
        }
        return enriched;
    }
}
