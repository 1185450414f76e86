package dev.fixpoint.server.findings;

import dev.fixpoint.findings.Finding;
import dev.fixpoint.server.assignments.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Repository
class FindingRepository {

    /** The inbox shows this many findings at most, newest first; filters narrow it down. */
    static final int PAGE = 500;

    private static final String SELECT = "SELECT f.*, ac.username, a.status AS assignment_status, a.due_at AS assignment_due_at, "
            + "a.backlog AS assignment_backlog FROM findings f LEFT JOIN accounts ac ON ac.id = f.account_id "
            + "LEFT JOIN assignments a ON a.id = f.assignment_id ";

    /** A new finding's place in the upload, as stored. */
    record NewFinding(long uploadId, String repository, FindingFingerprint fingerprint, Finding finding, Integer cwe, Severity severity,
                      UploadRequest upload, Long accountId, String labId) {
    }

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertUpload(long uploadedBy, UploadRequest upload, int files, int results) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO finding_uploads (uploaded_by, repository, commit_sha, ref, author_email, files, results, new_findings, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(uploadedBy, upload.repository(), upload.commit(), upload.ref(), upload.author(), files, results, OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void countNew(long uploadId, int newFindings) {
        jdbc.sql("UPDATE finding_uploads SET new_findings = ? WHERE id = ?").params(newFindings, uploadId).update();
    }

    /** Records that a known finding was uploaded again; false when the repository has no finding with this fingerprint. */
    boolean seenAgain(String repository, FindingFingerprint fingerprint, String commit) {
        return jdbc.sql("UPDATE findings SET last_seen_at = ?, last_commit = ?, times_seen = times_seen + 1 WHERE repository = ? AND fingerprint = ?")
                .params(OffsetDateTime.now(), commit, repository, fingerprint.value()).update() == 1;
    }

    long insert(NewFinding row) {
        Finding finding = row.finding();
        Finding.Location location = finding.location();
        OffsetDateTime now = OffsetDateTime.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO findings (repository, fingerprint, upload_id, tool, rule_id, rule_name, message, cwe, severity, file, line, "
                        + "commit_sha, ref, author_email, account_id, lab_id, first_seen_at, last_seen_at, last_commit, times_seen) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                .params(row.repository(), row.fingerprint().value(), row.uploadId(), clip(finding.tool(), 200), clip(finding.ruleId(), 300),
                        clip(finding.ruleName(), 500), clip(finding.message(), 4000), row.cwe(), row.severity().name(),
                        location == null ? null : clip(location.uri(), 1000), location == null ? 0 : location.startLine(),
                        row.upload().commit(), row.upload().ref(), row.upload().author(), row.accountId(), row.labId(), now, now,
                        row.upload().commit())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Gives the finding its developer and assignment; false when it has an assignment already (another lead was quicker). */
    boolean assign(long findingId, long accountId, long assignmentId) {
        return jdbc.sql("UPDATE findings SET account_id = ?, assignment_id = ? WHERE id = ? AND assignment_id IS NULL")
                .params(accountId, assignmentId, findingId).update() == 1;
    }

    /** Findings of an author that wait for an account: they have a lab and no developer. */
    List<FindingView> waitingFor(String authorEmail) {
        return jdbc.sql(SELECT + "WHERE f.author_email = ? AND f.account_id IS NULL AND f.lab_id IS NOT NULL ORDER BY f.id")
                .param(authorEmail).query(FindingRepository::map).list();
    }

    boolean setBacklog(long id, String backlog) {
        return jdbc.sql("UPDATE findings SET backlog = ? WHERE id = ?").params(backlog, id).update() == 1;
    }

    Optional<FindingView> find(long id) {
        return jdbc.sql(SELECT + "WHERE f.id = ?").param(id).query(FindingRepository::map).optional();
    }

    /** The findings behind the account's assignments of a lab, open assignments first. */
    List<FindingView> behind(long accountId, String labId) {
        return jdbc.sql(SELECT + "WHERE f.account_id = ? AND f.lab_id = ? AND f.assignment_id IS NOT NULL "
                        + "ORDER BY CASE WHEN a.status = 'OPEN' THEN 0 ELSE 1 END, f.first_seen_at DESC, f.id DESC")
                .params(accountId, labId).query(FindingRepository::map).list();
    }

    List<FindingView> inbox(InboxFilter filter) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.repository() != null) {
            where.append(" AND f.repository = ?");
            params.add(filter.repository());
        }
        if (filter.cwe() != null) {
            where.append(" AND f.cwe = ?");
            params.add(filter.cwe());
        }
        if (filter.developer() != null) {
            where.append(" AND ac.username = ?");
            params.add(filter.developer());
        }
        if (filter.status() != null) {
            where.append(switch (filter.status()) {
                case NO_LAB -> " AND f.lab_id IS NULL";
                case UNASSIGNED -> " AND f.lab_id IS NOT NULL AND f.assignment_id IS NULL";
                case ASSIGNED -> " AND a.status = 'OPEN'";
                case TRAINED -> " AND a.status = 'COMPLETED'";
            });
        }
        return jdbc.sql(SELECT + where + " ORDER BY f.last_seen_at DESC, f.id DESC FETCH FIRST " + PAGE + " ROWS ONLY").params(params)
                .query(FindingRepository::map).list();
    }

    /** The repositories findings came from, for the inbox's filter. */
    List<String> repositories() {
        return jdbc.sql("SELECT DISTINCT repository FROM findings ORDER BY repository").query(String.class).list();
    }

    private static FindingView map(ResultSet rows, int n) throws SQLException {
        Long assignment = (Long) rows.getObject("assignment_id", Long.class);
        String labId = rows.getString("lab_id");
        FindingStatus status = labId == null ? FindingStatus.NO_LAB : assignment == null ? FindingStatus.UNASSIGNED
                : "COMPLETED".equals(rows.getString("assignment_status")) ? FindingStatus.TRAINED : FindingStatus.ASSIGNED;
        return new FindingView(rows.getLong("id"), rows.getString("repository"), rows.getString("tool"), rows.getString("rule_id"),
                rows.getString("rule_name"), rows.getString("message"), (Integer) rows.getObject("cwe", Integer.class),
                Severity.valueOf(rows.getString("severity")), rows.getString("file"), rows.getInt("line"), rows.getString("commit_sha"),
                rows.getString("ref"), rows.getString("author_email"), rows.getString("username"), labId, assignment,
                rows.getObject("assignment_due_at", OffsetDateTime.class), rows.getString("backlog"), rows.getString("assignment_backlog"),
                status, rows.getObject("first_seen_at", OffsetDateTime.class), rows.getObject("last_seen_at", OffsetDateTime.class),
                rows.getString("last_commit"), rows.getInt("times_seen"));
    }

    /** Scanner texts can be longer than their columns; the start says what the finding is. */
    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
