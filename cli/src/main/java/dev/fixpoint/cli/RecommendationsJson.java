package dev.fixpoint.cli;

import dev.fixpoint.findings.Finding;
import dev.fixpoint.findings.Recommendations;
import dev.fixpoint.findings.Recommendations.Gap;
import dev.fixpoint.findings.Recommendations.Recommendation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;

/** Recommendations as one JSON object, every finding listed (no cap: a machine reads it). */
final class RecommendationsJson {

    private RecommendationsJson() {
    }

    static String write(Recommendations recommendations, List<Path> files, int findings) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        files.forEach(file -> root.withArray("files").add(file.toString()));
        root.put("findings", findings);
        ArrayNode groups = root.putArray("recommendations");
        for (Recommendation recommendation : recommendations.recommendations()) {
            ObjectNode group = groups.addObject().put("cwe", recommendation.cwe()).put("title", recommendation.title())
                    .put("trained", recommendation.trained());
            ArrayNode labs = group.putArray("labs");
            recommendation.labs().forEach(lab -> labs.addObject().put("id", lab.id()).put("title", lab.title()));
            group.put("reason", recommendation.reason());
            findings(group.putArray("findings"), recommendation.findings());
        }
        ArrayNode gaps = root.putArray("gaps");
        for (Gap gap : recommendations.gaps()) {
            ObjectNode group = gaps.addObject();
            if (gap.cwe().isPresent()) {
                group.put("cwe", gap.cwe().getAsInt());
            } else {
                group.putNull("cwe");
            }
            group.put("title", gap.title()).put("reason", gap.reason());
            findings(group.putArray("findings"), gap.findings());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void findings(ArrayNode into, List<Finding> findings) {
        for (Finding finding : findings) {
            ObjectNode node = into.addObject().put("tool", finding.tool()).put("ruleId", finding.ruleId())
                    .put("message", finding.message()).put("level", finding.level().name().toLowerCase(java.util.Locale.ROOT));
            if (finding.location() != null) {
                node.put("file", finding.location().uri()).put("line", finding.location().startLine());
            }
            finding.cwes().forEach(node.withArray("cwes")::add);
        }
    }
}
