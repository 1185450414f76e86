package dev.fixpoint.server.submissions;

import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.grading.CheckReport;
import dev.fixpoint.grading.CompileError;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.grading.PolicyViolation;
import dev.fixpoint.grading.Verdict;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;
import dev.fixpoint.lab.host.Exchange;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the reports stored before the one grading-report contract (the learner's view the server kept then, with
 * transcripts as text and compiler errors and policy violations mixed as "diagnostics") as reports of version 1, so
 * that the code reads one shape and no stored verdict is lost. Those reports never held hidden checks' details, so
 * they become learner views.
 */
@Component
class LegacyReportMigration implements JavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VIOLATION = Pattern.compile("uses (\\S+), which this lab does not allow \\((.+)\\)");
    private static final Pattern REQUEST_LINE = Pattern.compile("> ([A-Z]+) (\\S+)");
    private static final Pattern RESPONSE_LINE = Pattern.compile("< (\\d{3}) ?(.*)", Pattern.DOTALL);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "grade report contract";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, lab_id, report FROM submissions WHERE status = 'DONE'");
             PreparedStatement update = connection.prepareStatement("UPDATE submissions SET report = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                JsonNode stored = JSON.readTree(rows.getString("report"));
                if (!stored.has("version")) {
                    update.setString(1, convert(rows.getString("lab_id"), stored).toJson());
                    update.setString(2, rows.getString("id"));
                    update.executeUpdate();
                }
            }
        }
    }

    static GradeReport convert(String lab, JsonNode legacy) {
        List<CheckReport> checks = new ArrayList<>();
        for (JsonNode check : legacy.path("checks")) {
            checks.add(new CheckReport(check.path("name").asString(), CheckKind.valueOf(check.path("kind").asString().toUpperCase(Locale.ROOT)),
                    Visibility.VISIBLE, check.path("passed").asBoolean(), check.path("message").asString(),
                    check.path("explanation").isString() ? check.path("explanation").asString() : null, null,
                    check.path("transcript").valueStream().map(entry -> exchange(entry.asString())).flatMap(Optional::stream).toList(),
                    false, false, 0));
        }
        List<CompileError> errors = new ArrayList<>();
        List<PolicyViolation> violations = new ArrayList<>();
        for (JsonNode diagnostic : legacy.path("diagnostics")) {
            Matcher violation = VIOLATION.matcher(diagnostic.path("message").asString());
            if (violation.matches()) {
                violations.add(new PolicyViolation(diagnostic.path("file").asString(), diagnostic.path("line").asInt(), violation.group(1),
                        violation.group(2)));
            } else {
                errors.add(new CompileError(diagnostic.path("file").asString(), diagnostic.path("line").asLong(),
                        diagnostic.path("column").asLong(), diagnostic.path("message").asString()));
            }
        }
        int hiddenFailed = legacy.path("hiddenFailed").asInt();
        JsonNode isolation = legacy.path("isolation");
        long totalMs = legacy.path("totalMs").asLong();
        // How many hidden checks ran was not kept: the failed ones are all that is known.
        return new GradeReport(GradeReport.VERSION, GradeReport.View.LEARNER, lab, Verdict.valueOf(legacy.path("verdict").asString()),
                legacy.path("summary").asString(), checks, new GradeReport.Hidden(hiddenFailed, hiddenFailed, List.of()), errors, violations,
                "", new GradeReport.Timings(0, 0, 0, 0, totalMs),
                isolation.isObject() ? new GradeReport.Isolation("full".equals(isolation.path("level").asString())
                        ? GradeReport.Isolation.Level.FULL : GradeReport.Isolation.Level.REDUCED, isolation.path("description").asString())
                        : null);
    }

    /** A transcript entry kept as text ("> GET /x\n< 200 body"), as far as it can be read back; the service was not kept. */
    private static Optional<Exchange> exchange(String text) {
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return Optional.empty();
        }
        Matcher request = REQUEST_LINE.matcher(text.substring(0, newline));
        String rest = text.substring(newline + 1);
        if (!request.matches()) {
            return Optional.empty();
        }
        Request sent = new Request(request.group(1), request.group(2), Map.of(), "");
        Matcher response = RESPONSE_LINE.matcher(rest);
        if (response.matches()) {
            return Optional.of(new Exchange("", sent, new Response(Integer.parseInt(response.group(1)), Map.of(), response.group(2), false), null));
        }
        return Optional.of(new Exchange("", sent, null, rest.replaceFirst("^< (no response: )?", "")));
    }
}
