package dev.fixpoint.server.submissions;

import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.grading.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.type.TypeReference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class SubmissionRepository {

    /**
     * A stored submission, with the files that were graded.
     *
     * @param view the submission with its full report: hidden checks included, for administrators only
     */
    record Stored(String id, long accountId, String labId, Map<String, String> files, SubmissionView view) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubmissionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(String id, long accountId, String labId, Map<String, String> files) {
        jdbc.sql("INSERT INTO submissions (id, account_id, lab_id, files, status, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, accountId, labId, json.writeValueAsString(files), SubmissionStatus.QUEUED.name(), OffsetDateTime.now())
                .update();
    }

    /** Marks a queued submission running; false if another grader took it first. */
    boolean start(String id) {
        return jdbc.sql("UPDATE submissions SET status = ? WHERE id = ? AND status = ?")
                .params(SubmissionStatus.RUNNING.name(), id, SubmissionStatus.QUEUED.name()).update() == 1;
    }

    /** Stores the full report of a running submission; false when it has one already, which it keeps. */
    boolean finish(String id, GradeReport report) {
        return jdbc.sql("UPDATE submissions SET status = ?, verdict = ?, report = ?, finished_at = ? WHERE id = ? AND status = ?")
                .params(SubmissionStatus.DONE.name(), report.verdict().name(), report.toJson(), OffsetDateTime.now(), id,
                        SubmissionStatus.RUNNING.name()).update() == 1;
    }

    /** Ends a running submission without a verdict, with the reason its owner will read. */
    void fail(String id, String reason) {
        jdbc.sql("UPDATE submissions SET status = ?, report = ?, finished_at = ? WHERE id = ? AND status = ?")
                .params(SubmissionStatus.FAILED.name(), reason, OffsetDateTime.now(), id, SubmissionStatus.RUNNING.name()).update();
    }

    /** Submissions waiting or being graded, oldest first. */
    List<String> unfinishedIds() {
        return jdbc.sql("SELECT id FROM submissions WHERE status IN (?, ?) ORDER BY created_at")
                .params(SubmissionStatus.QUEUED.name(), SubmissionStatus.RUNNING.name()).query(String.class).list();
    }

    /** Puts a submission marked running back in the queue, for one no grader is working on; false if it is not running. */
    boolean requeue(String id) {
        return jdbc.sql("UPDATE submissions SET status = ? WHERE id = ? AND status = ?")
                .params(SubmissionStatus.QUEUED.name(), id, SubmissionStatus.RUNNING.name()).update() == 1;
    }

    /** Submissions of the account that are waiting or being graded. */
    int unfinished(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM submissions WHERE account_id = ? AND status IN (?, ?)")
                .params(accountId, SubmissionStatus.QUEUED.name(), SubmissionStatus.RUNNING.name()).query(Integer.class).single();
    }

    /** All learners' submissions waiting and being graded, and when the one waiting longest was submitted. */
    QueueStatus queueStatus() {
        return jdbc.sql("SELECT SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS queued, SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS running, "
                        + "MIN(CASE WHEN status = ? THEN created_at END) AS oldest FROM submissions WHERE status IN (?, ?)")
                .params(SubmissionStatus.QUEUED.name(), SubmissionStatus.RUNNING.name(), SubmissionStatus.QUEUED.name(),
                        SubmissionStatus.QUEUED.name(), SubmissionStatus.RUNNING.name())
                .query((rows, n) -> new QueueStatus(rows.getInt("queued"), rows.getInt("running"), rows.getObject("oldest", OffsetDateTime.class)))
                .single();
    }

    /** How many queued submissions are ahead of this one. */
    int ahead(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM submissions s, submissions mine WHERE mine.id = ? AND s.status = ? "
                        + "AND (s.created_at < mine.created_at OR (s.created_at = mine.created_at AND s.id < mine.id))")
                .params(id, SubmissionStatus.QUEUED.name()).query(Integer.class).single();
    }

    /** The account's first submission of the lab graded SECURE that was submitted at or after {@code since}. */
    Optional<LabSolved> firstSecureSince(long accountId, String labId, OffsetDateTime since) {
        return jdbc.sql("SELECT id, created_at FROM submissions WHERE account_id = ? AND lab_id = ? AND verdict = ? "
                        + "AND created_at >= ? ORDER BY created_at, id")
                .params(accountId, labId, Verdict.SECURE.name(), since)
                .query((rows, n) -> new LabSolved(accountId, labId, rows.getString("id"), rows.getObject("created_at", OffsetDateTime.class)))
                .list().stream().findFirst();
    }

    Optional<Stored> find(String id) {
        return jdbc.sql("SELECT * FROM submissions WHERE id = ?").param(id).query(this::map).optional();
    }

    Map<String, LabProgress> progress(long accountId) {
        Map<String, LabProgress> progress = new java.util.TreeMap<>();
        jdbc.sql("SELECT lab_id, COUNT(*) AS attempts, SUM(CASE WHEN verdict = ? THEN 1 ELSE 0 END) AS secure, "
                        + "MAX(created_at) AS last_attempt FROM submissions WHERE account_id = ? GROUP BY lab_id")
                .params(Verdict.SECURE.name(), accountId)
                .query(rows -> {
                    progress.put(rows.getString("lab_id"), new LabProgress(rows.getString("lab_id"), rows.getInt("attempts"),
                            rows.getInt("secure") > 0, rows.getObject("last_attempt", OffsetDateTime.class)));
                });
        return progress;
    }

    /** The account's latest submissions across labs, newest first, as the learner sees them. */
    List<SubmissionView> recent(long accountId, int limit) {
        return jdbc.sql("SELECT * FROM submissions WHERE account_id = ? ORDER BY created_at DESC").param(accountId)
                .query(this::map).list().stream().limit(limit).map(stored -> stored.view().forLearner()).toList();
    }

    /** The account's submissions to a lab, newest first, as the learner sees them. */
    List<SubmissionView> history(long accountId, String labId) {
        return jdbc.sql("SELECT * FROM submissions WHERE account_id = ? AND lab_id = ? ORDER BY created_at DESC")
                .params(accountId, labId).query(this::map).list().stream().map(stored -> stored.view().forLearner()).toList();
    }

    private Stored map(ResultSet rows, int n) throws SQLException {
        SubmissionStatus status = SubmissionStatus.valueOf(rows.getString("status"));
        String report = rows.getString("report");
        SubmissionView view = new SubmissionView(rows.getString("id"), rows.getString("lab_id"), status,
                status == SubmissionStatus.DONE ? GradeReport.parse(report) : null,
                status == SubmissionStatus.FAILED ? report : null,
                rows.getObject("created_at", OffsetDateTime.class), rows.getObject("finished_at", OffsetDateTime.class), null);
        Map<String, String> files = json.readValue(rows.getString("files"), new TypeReference<Map<String, String>>() { });
        return new Stored(view.id(), rows.getLong("account_id"), view.labId(), files, view);
    }
}
