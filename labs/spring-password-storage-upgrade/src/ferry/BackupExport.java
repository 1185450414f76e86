package ferry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;

/**
 * The nightly backup job's export of the member table, row by row as stored. Copies of it end up on the backup server,
 * in the data warehouse and on the laptops of whoever restores it: plan for it to leak.
 */
@RestController
public class BackupExport {

    private final JdbcTemplate jdbc;
    private final byte[] opsKey;

    public BackupExport(JdbcTemplate jdbc, @Value("${fixpoint.secrets.ops-key}") String opsKey) {
        this.jdbc = jdbc;
        this.opsKey = opsKey.getBytes(StandardCharsets.UTF_8);
    }

    public record Row(long id, String username, String password, String displayName, LocalDate memberSince) {
    }

    @GetMapping("/ops/backup/members")
    public List<Row> members(@RequestHeader(name = "X-Ops-Key", defaultValue = "") String key) {
        if (!MessageDigest.isEqual(opsKey, key.getBytes(StandardCharsets.UTF_8))) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return jdbc.query("SELECT id, username, password, display_name, member_since FROM member ORDER BY id",
                (row, n) -> new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5, LocalDate.class)));
    }
}
