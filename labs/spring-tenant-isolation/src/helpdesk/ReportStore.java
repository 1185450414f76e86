package helpdesk;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Optional;

/** Reports an agent asked for: pending until the builder completes them; readable by their own tenant only. */
@Repository
public class ReportStore {

    public record Report(long id, String status, String content) {
    }

    private final JdbcTemplate jdbc;

    public ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new, pending report for the tenant; its id. */
    public long create(String tenantId, String requestedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO report (tenant_id, requested_by, status) VALUES (?, ?, 'pending')", Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, tenantId);
            insert.setString(2, requestedBy);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    public void complete(long id, String content) {
        jdbc.update("UPDATE report SET status = 'done', content = ? WHERE id = ?", content, id);
    }

    public void fail(long id) {
        jdbc.update("UPDATE report SET status = 'failed' WHERE id = ?", id);
    }

    /** The tenant that asked for the report, as recorded when it was created. */
    public Optional<String> tenantOf(long id) {
        return jdbc.queryForList("SELECT tenant_id FROM report WHERE id = ?", String.class, id).stream().findFirst();
    }

    public Optional<Report> find(long id, String tenantId) {
        return jdbc.query("SELECT id, status, content FROM report WHERE id = ? AND tenant_id = ?",
                (row, n) -> new Report(row.getLong(1), row.getString(2), row.getString(3)), id, tenantId).stream().findFirst();
    }
}
