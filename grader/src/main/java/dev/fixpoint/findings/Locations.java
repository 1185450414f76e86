package dev.fixpoint.findings;

import dev.fixpoint.findings.Finding.Location;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import static dev.fixpoint.findings.RunReader.firstText;
import static dev.fixpoint.findings.RunReader.text;

/** Where results of one run point: artifact URIs resolved through {@code artifacts} and {@code originalUriBaseIds}. */
final class Locations {

    // Base ids may refer to each other; a cycle must not recurse forever.
    private static final int MAX_BASE_DEPTH = 16;

    private final JsonNode run;

    Locations(JsonNode run) {
        this.run = run;
    }

    /** The first physical location of {@code result} with a URI or a line; {@code null} when it has none. */
    Location first(JsonNode result) {
        for (JsonNode location : result.path("locations")) {
            JsonNode physical = location.path("physicalLocation");
            JsonNode artifact = physical.path("artifactLocation");
            JsonNode indexed = indexedArtifact(artifact);
            String uri = firstText(text(artifact, "uri"), text(indexed, "uri"));
            String base = text(artifact, "uriBaseId") != null ? text(artifact, "uriBaseId") : text(indexed, "uriBaseId");
            int line = physical.path("region").path("startLine").asInt(0);
            if (!uri.isEmpty() || line > 0) {
                return new Location(resolve(uri, base, 0), uri, Math.max(line, 0));
            }
        }
        return null;
    }

    private JsonNode indexedArtifact(JsonNode artifactLocation) {
        int index = artifactLocation.path("index").asInt(-1);
        JsonNode artifacts = run.path("artifacts");
        return index >= 0 && index < artifacts.size() ? artifacts.get(index).path("location") : MissingNode.getInstance();
    }

    /** Prefixes {@code uri} with its base from {@code run.originalUriBaseIds}, itself resolved against its own base. */
    private String resolve(String uri, String baseId, int depth) {
        boolean absolute = uri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
        JsonNode base = baseId == null ? null : run.path("originalUriBaseIds").get(baseId);
        if (absolute || base == null || depth > MAX_BASE_DEPTH) {
            return uri;
        }
        String prefix = resolve(firstText(text(base, "uri")), text(base, "uriBaseId"), depth + 1);
        if (prefix.isEmpty()) {
            return uri;
        }
        return prefix.endsWith("/") ? prefix + uri : prefix + "/" + uri;
    }
}
