package dev.fixpoint.findings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.fixpoint.findings.RunReader.firstText;
import static dev.fixpoint.findings.RunReader.text;

/**
 * The CWEs a run names for a result: rule and result tags and {@code cwe} properties, rule relationships and result
 * taxa that point into a CWE taxonomy, CWE mentions in the rule id or name, and a CWE definition page as help link.
 */
final class RunCwes {

    private final JsonNode run;
    private final JsonNode driver;

    RunCwes(JsonNode run, JsonNode driver) {
        this.run = run;
        this.driver = driver;
    }

    /** Every CWE the file names for {@code result} and its rule (missing when unresolved). */
    Set<Integer> of(JsonNode result, JsonNode rule, String ruleId) {
        Set<Integer> cwes = new TreeSet<>();
        for (JsonNode properties : List.of(rule.path("properties"), result.path("properties"))) {
            properties.path("tags").forEach(tag -> Cwes.inText(tag.asString(""), cwes));
            Cwes.property(properties.get("cwe"), cwes);
        }
        for (JsonNode relationship : rule.path("relationships")) {
            taxon(relationship.path("target"), cwes);
        }
        result.path("taxa").forEach(taxon -> taxon(taxon, cwes));
        Cwes.inText(ruleId, cwes);
        Cwes.inText(firstText(text(rule, "name")), cwes);
        Cwes.helpUri(firstText(text(rule, "helpUri")), cwes);
        return cwes;
    }

    /** Adds the CWE a taxon reference names, when it belongs to a CWE taxonomy. */
    private void taxon(JsonNode reference, Set<Integer> cwes) {
        JsonNode componentReference = reference.path("toolComponent");
        JsonNode taxonomy = taxonomy(componentReference);
        String name = firstText(text(componentReference, "name"), text(taxonomy, "name"));
        if (!name.equalsIgnoreCase("CWE")) {
            return;
        }
        String id = text(reference, "id");
        int index = reference.path("index").asInt(-1);
        if (id == null && index >= 0 && index < taxonomy.path("taxa").size()) {
            id = text(taxonomy.path("taxa").get(index), "id");
        }
        if (id != null) {
            Cwes.id(id, cwes);
        }
    }

    private JsonNode taxonomy(JsonNode reference) {
        JsonNode taxonomies = run.path("taxonomies");
        int index = reference.path("index").asInt(-1);
        if (index >= 0 && index < taxonomies.size()) {
            return taxonomies.get(index);
        }
        String guid = text(reference, "guid");
        for (JsonNode candidates : List.of(taxonomies, driver.path("supportedTaxonomies"))) {
            for (JsonNode taxonomy : candidates) {
                if (guid != null && guid.equalsIgnoreCase(text(taxonomy, "guid"))) {
                    return taxonomy;
                }
            }
        }
        return MissingNode.getInstance();
    }
}
