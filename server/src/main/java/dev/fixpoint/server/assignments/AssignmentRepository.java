package dev.fixpoint.server.assignments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

@Repository
class AssignmentRepository {

    private static final String SELECT = "SELECT a.*, ac.username, ac.email FROM assignments a JOIN accounts ac ON ac.id = a.account_id ";

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String labId, Severity severity, OffsetDateTime createdAt, OffsetDateTime dueAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assignments (account_id, lab_id, severity, status, created_at, due_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(accountId, labId, severity.name(), AssignmentStatus.OPEN.name(), createdAt, dueAt).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The account's open assignment of the lab, of which there is at most one. */
    Optional<AssignmentView> findOpen(long accountId, String labId, Function<String, String> titles) {
        return jdbc.sql(SELECT + "WHERE a.account_id = ? AND a.lab_id = ? AND a.status = ?")
                .params(accountId, labId, AssignmentStatus.OPEN.name()).query((rows, n) -> map(rows, titles)).optional();
    }

    Optional<AssignmentView> find(long id, Function<String, String> titles) {
        return jdbc.sql(SELECT + "WHERE a.id = ?").param(id).query((rows, n) -> map(rows, titles)).optional();
    }

    /** The account's assignments, open ones first, then by due date. */
    List<AssignmentView> ofAccount(long accountId, Function<String, String> titles) {
        return jdbc.sql(SELECT + "WHERE a.account_id = ? ORDER BY CASE WHEN a.status = 'OPEN' THEN 0 ELSE 1 END, a.due_at, a.id")
                .param(accountId).query((rows, n) -> map(rows, titles)).list();
    }

    /** Brings an open assignment's due date forward, when a more severe finding joins it. */
    void dueBy(long id, Severity severity, OffsetDateTime dueAt) {
        jdbc.sql("UPDATE assignments SET due_at = ?, severity = ? WHERE id = ? AND due_at > ?").params(dueAt, severity.name(), id, dueAt).update();
    }

    /** Completes an open assignment; false when it is not open (another thread completed it first). */
    boolean complete(long id, String submissionId, OffsetDateTime at) {
        return jdbc.sql("UPDATE assignments SET status = ?, completed_at = ?, submission_id = ? WHERE id = ? AND status = ?")
                .params(AssignmentStatus.COMPLETED.name(), at, submissionId, id, AssignmentStatus.OPEN.name()).update() == 1;
    }

    boolean setBacklog(long id, String backlog) {
        return jdbc.sql("UPDATE assignments SET backlog = ? WHERE id = ?").params(backlog, id).update() == 1;
    }

    private static AssignmentView map(ResultSet rows, Function<String, String> titles) throws SQLException {
        String labId = rows.getString("lab_id");
        return new AssignmentView(rows.getLong("id"), rows.getLong("account_id"), rows.getString("username"), rows.getString("email"),
                labId, titles.apply(labId), Severity.valueOf(rows.getString("severity")), AssignmentStatus.valueOf(rows.getString("status")),
                rows.getObject("created_at", OffsetDateTime.class), rows.getObject("due_at", OffsetDateTime.class),
                rows.getObject("completed_at", OffsetDateTime.class), rows.getString("submission_id"), rows.getString("backlog"));
    }
}
