package dev.fixpoint.findings;

import dev.fixpoint.findings.Finding.BaselineState;
import dev.fixpoint.findings.Finding.CweSource;
import dev.fixpoint.findings.Finding.Level;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Turns the results of one run into findings, resolving each result's rule, CWEs, location and severity. */
final class RunReader {

    private final JsonNode run;
    private final String where;
    private final RuleCweMap map;
    private final boolean onlyNew;
    private final SarifReader.Tally tally;
    private final JsonNode driver;
    private final String tool;
    private final Locations locations;
    private final RunCwes runCwes;

    RunReader(JsonNode run, String where, RuleCweMap map, boolean onlyNew, SarifReader.Tally tally) {
        this.run = run;
        this.where = where;
        this.map = map;
        this.onlyNew = onlyNew;
        this.tally = tally;
        this.driver = run.path("tool").path("driver");
        String name = text(driver, "name");
        this.tool = name == null ? "" : name;
        this.locations = new Locations(run);
        this.runCwes = new RunCwes(run, driver);
    }

    void read() {
        JsonNode results = run.get("results");
        if (results == null || results.isNull()) {
            return;
        }
        if (!results.isArray()) {
            tally.warn(where + ".results: is " + SarifReader.kind(results) + ", not an array; the run's results were skipped");
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            String at = where + ".results[" + i + "]";
            if (!result.isObject()) {
                tally.warn(at + ": is " + SarifReader.kind(result) + ", not an object; skipped");
                continue;
            }
            String kind = text(result, "kind");
            BaselineState baseline = baselineState(result);
            if ("pass".equals(kind) || "notApplicable".equals(kind)) {
                tally.notProblems++;
            } else if (suppressed(result)) {
                tally.suppressed++;
            } else if (onlyNew && baseline != BaselineState.NEW && baseline != BaselineState.NOT_COMPARED) {
                tally.notNew++;
            } else {
                tally.findings.add(finding(result, rule(result, at), baseline));
            }
        }
    }

    private Finding finding(JsonNode result, JsonNode rule, BaselineState baseline) {
        String ruleId = firstText(text(result, "ruleId"), text(result.path("rule"), "id"), text(rule, "id"));
        String ruleName = firstText(text(rule, "name"), text(rule.path("shortDescription"), "text"));
        Set<Integer> cwes = runCwes.of(result, rule, ruleId);
        CweSource source = cwes.isEmpty() ? CweSource.NONE : CweSource.FILE;
        if (cwes.isEmpty()) {
            cwes = map.lookup(tool, ruleId);
            source = cwes.isEmpty() ? CweSource.NONE : CweSource.RULE_MAP;
        }
        return new Finding(tool, ruleId, ruleName, message(result, rule), List.copyOf(cwes), source,
                locations.first(result), level(result, rule), securitySeverity(result, rule), fingerprints(result), baseline);
    }

    /** The rule a result points to by index (in the driver or an extension) or by id; missing when none matches. */
    private JsonNode rule(JsonNode result, String at) {
        JsonNode reference = result.path("rule");
        JsonNode component = component(reference.path("toolComponent"));
        JsonNode rules = component.path("rules");
        int index = reference.path("index").asInt(-1);
        if (index < 0) {
            index = result.path("ruleIndex").asInt(-1);
        }
        if (index >= 0) {
            if (index < rules.size()) {
                return rules.get(index);
            }
            tally.warn(at + ": rule index " + index + " is out of range (" + rules.size() + " rules); looked up by id");
        }
        String id = firstText(text(result, "ruleId"), text(reference, "id"));
        if (id.isEmpty()) {
            return MissingNode.getInstance();
        }
        JsonNode found = byId(rules, id);
        if (found.isMissingNode()) {
            found = byId(driver.path("rules"), id);
        }
        for (JsonNode extension : run.path("tool").path("extensions")) {
            found = found.isMissingNode() ? byId(extension.path("rules"), id) : found;
        }
        return found;
    }

    private static JsonNode byId(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (id.equals(text(rule, "id"))) {
                return rule;
            }
        }
        return MissingNode.getInstance();
    }

    /** The tool component a reference names by index into {@code tool.extensions}, guid or name; else the driver. */
    private JsonNode component(JsonNode reference) {
        JsonNode extensions = run.path("tool").path("extensions");
        int index = reference.path("index").asInt(-1);
        if (index >= 0 && index < extensions.size()) {
            return extensions.get(index);
        }
        for (String field : List.of("guid", "name")) {
            String value = text(reference, field);
            for (JsonNode extension : extensions) {
                if (value != null && value.equalsIgnoreCase(text(extension, field))) {
                    return extension;
                }
            }
        }
        return driver;
    }

    private static String message(JsonNode result, JsonNode rule) {
        JsonNode message = result.path("message");
        String id = text(message, "id");
        String text = firstText(text(message, "text"),
                id == null ? null : text(rule.path("messageStrings").path(id), "text"),
                text(rule.path("shortDescription"), "text"));
        JsonNode arguments = message.path("arguments");
        for (int i = 0; i < arguments.size(); i++) {
            text = text.replace("{" + i + "}", arguments.get(i).asString(""));
        }
        return text;
    }

    private static Level level(JsonNode result, JsonNode rule) {
        String level = firstText(text(result, "level"), text(rule.path("defaultConfiguration"), "level"));
        return switch (level) {
            case "error" -> Level.ERROR;
            case "note" -> Level.NOTE;
            case "none" -> Level.NONE;
            default -> Level.WARNING;
        };
    }

    private static OptionalDouble securitySeverity(JsonNode result, JsonNode rule) {
        for (JsonNode holder : List.of(result, rule)) {
            JsonNode value = holder.path("properties").path("security-severity");
            try {
                double score = value.isNumber() ? value.asDouble() : Double.parseDouble(value.asString(""));
                if (score >= 0 && score <= 10) {
                    return OptionalDouble.of(score);
                }
            } catch (NumberFormatException notANumber) {
                // A score that is not a number counts as no score; the rule's may still be one.
            }
        }
        return OptionalDouble.empty();
    }

    private static Map<String, String> fingerprints(JsonNode result) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String field : List.of("fingerprints", "partialFingerprints")) {
            String prefix = field.equals("fingerprints") ? "" : "partial:";
            for (Map.Entry<String, JsonNode> entry : result.path(field).properties()) {
                // Some tools nest the value as {"value": "..."}.
                String value = entry.getValue().isObject() ? text(entry.getValue(), "value")
                        : entry.getValue().isString() ? entry.getValue().asString() : null;
                if (value != null) {
                    fingerprints.put(prefix + entry.getKey(), value);
                }
            }
        }
        return fingerprints;
    }

    private static boolean suppressed(JsonNode result) {
        for (JsonNode suppression : result.path("suppressions")) {
            String status = text(suppression, "status");
            if (status == null || status.equals("accepted")) {
                return true;
            }
        }
        return false;
    }

    private static BaselineState baselineState(JsonNode result) {
        String state = firstText(text(result, "baselineState"));
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "new" -> BaselineState.NEW;
            case "unchanged" -> BaselineState.UNCHANGED;
            case "updated" -> BaselineState.UPDATED;
            case "absent" -> BaselineState.ABSENT;
            default -> BaselineState.NOT_COMPARED;
        };
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isEmpty()) {
                return candidate;
            }
        }
        return "";
    }
}
