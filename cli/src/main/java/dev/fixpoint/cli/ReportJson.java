package dev.fixpoint.cli;

import dev.fixpoint.grading.CheckReport;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.lab.host.Exchange;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Locale;

/** A grade report as one JSON object, the shape scripts and CI rely on. */
final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportJson() {
    }

    static String write(GradeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("lab", report.lab()).put("verdict", report.verdict().name()).put("summary", report.summary());
        ArrayNode checks = root.putArray("checks");
        for (CheckReport check : report.checks()) {
            ObjectNode node = checks.addObject().put("name", check.name()).put("kind", lower(check.kind()))
                    .put("visibility", lower(check.visibility())).put("passed", check.passed()).put("message", check.message())
                    .put("ms", check.millis());
            if (check.explanation() != null) {
                node.put("explanation", check.explanation());
            }
            if (!check.transcript().isEmpty()) {
                ArrayNode transcript = node.putArray("transcript");
                for (Exchange exchange : check.transcript()) {
                    ObjectNode entry = transcript.addObject().put("service", exchange.service());
                    entry.putObject("request").put("method", exchange.request().method()).put("target", exchange.request().target())
                            .put("body", exchange.request().body());
                    if (exchange.response() != null) {
                        entry.putObject("response").put("status", exchange.response().status()).put("body", exchange.response().body());
                    } else {
                        entry.put("error", exchange.error());
                    }
                }
            }
        }
        root.put("hiddenFailed", report.hiddenFailed());
        ArrayNode errors = root.putArray("compileErrors");
        report.compileErrors().forEach(error -> errors.addObject().put("file", error.file()).put("line", error.line())
                .put("column", error.column()).put("message", error.message()));
        ArrayNode violations = root.putArray("violations");
        report.violations().forEach(violation -> violations.addObject().put("file", violation.file()).put("line", violation.line())
                .put("member", violation.member()).put("rule", violation.rule()));
        root.putObject("isolation").put("level", report.isolation().full() ? "full" : "reduced")
                .put("description", report.isolation().description());
        root.putObject("timings").put("compileMs", report.timings().compileMs()).put("runMs", report.timings().runMs())
                .put("totalMs", report.timings().totalMs());
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
