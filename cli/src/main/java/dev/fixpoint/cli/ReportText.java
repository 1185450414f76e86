package dev.fixpoint.cli;

import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.grading.CheckReport;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.lab.host.Exchange;

/** A grade report for a person at a terminal. */
final class ReportText {

    private static final int BODY_CHARS = 400;


    private ReportText() {
    }

    static String write(GradeReport report) {
        StringBuilder text = new StringBuilder();
        text.append(report.lab()).append(": ").append(report.verdict()).append("\n").append(report.summary()).append("\n\n");
        report.compileErrors().forEach(error -> text.append("  ").append(error).append("\n"));
        report.violations().forEach(violation -> text.append("  ").append(violation).append("\n"));
        for (CheckReport check : report.checks()) {
            text.append("  ").append(String.format("%-11s", check.outcome().label())).append("  ").append(check.kind() == CheckKind.EXPLOIT ? "exploit    " : "functional ")
                    .append(check.name()).append("\n              ").append(check.message()).append("\n");
            if (check.explanation() != null) {
                text.append("              Why: ").append(check.explanation()).append("\n");
            }
            check.transcript().forEach(exchange -> exchange(text, exchange));
        }
        if (report.hidden().failed() > 0) {
            text.append("\n  Hidden checks: ").append(report.hidden().failed()).append(" of ").append(report.hidden().total())
                    .append(" failed (their requests are not shown). What kind of request got through:\n");
            report.hidden().clues().forEach(clue -> text.append("    - ").append(clue).append("\n"));
        }
        if (!report.output().isBlank()) {
            text.append("\n  Output of the services:\n");
            report.output().strip().lines().limit(20).forEach(line -> text.append("    | ").append(line).append("\n"));
        }
        if (report.isolation() != null) {
            text.append("\n  Isolation: ").append(report.isolation().summary()).append("\n");
        }
        text.append("  Timings: compile ").append(report.timings().compileMs()).append(" ms, run ")
                .append(report.timings().runMs()).append(" ms, total ").append(report.timings().totalMs()).append(" ms\n");
        return text.toString();
    }

    private static void exchange(StringBuilder text, Exchange exchange) {
        text.append("              > ").append(exchange.request().method()).append(' ').append(exchange.request().target())
                .append(" (").append(exchange.service()).append(")\n");
        exchange.request().headers().forEach((name, value) -> text.append("                ").append(name).append(": ").append(value).append("\n"));
        if (!exchange.request().body().isEmpty()) {
            text.append("                ").append(abbreviate(exchange.request().body())).append("\n");
        }
        if (exchange.response() == null) {
            text.append("              < no response: ").append(exchange.error()).append("\n");
            return;
        }
        text.append("              < ").append(exchange.response().status()).append("\n");
        exchange.response().headers().forEach((name, value) -> text.append("                ").append(name).append(": ").append(value).append("\n"));
        if (!exchange.response().body().isEmpty()) {
            text.append("                ").append(abbreviate(exchange.response().body())).append("\n");
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replace("\r", "").replace("\n", "\\n");
        return flat.length() > BODY_CHARS ? flat.substring(0, BODY_CHARS) + "... (" + flat.length() + " chars)" : flat;
    }
}
