package helpdesk;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Locale;

/**
 * The ticket search, in SQL because the derived queries of TicketRepository cannot say "subject or body, any case":
 * LOWER on both columns, bound parameters, at most 50 rows, and like every query, only the signed-in agent's tenant.
 */
@Repository
public class TicketSearch {

    private final JdbcTemplate jdbc;

    public TicketSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Ticket> search(String text) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT) + "%";
        return jdbc.query("""
                        SELECT id, tenant_id, subject, body, status, opened_by FROM ticket
                        WHERE tenant_id = ? AND (LOWER(subject) LIKE ? OR LOWER(body) LIKE ?)
                        ORDER BY id DESC LIMIT 50""",
                (row, n) -> new Ticket(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getString(6)),
                CurrentTenant.require(), pattern, pattern);
    }
}
