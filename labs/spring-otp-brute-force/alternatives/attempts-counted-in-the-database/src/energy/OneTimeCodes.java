package energy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The six-digit sign-in codes sent by e-mail, kept in the database so that every instance of the portal shares them:
 * one row per customer; every attempt is counted by one conditional UPDATE before the code is compared, so that the
 * database, not the application, decides which attempts are left.
 */
@Component
public class OneTimeCodes {

    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 6;

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;

    public OneTimeCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS sign_in_code (username VARCHAR(40) PRIMARY KEY, code CHAR(6) NOT NULL,
                                                         expires_at TIMESTAMP NOT NULL, attempts INT NOT NULL)""");
    }

    /** A new code for the customer; it replaces any code sent before, and its attempts start at none. */
    public String issue(String username) {
        String code = "%06d".formatted(random.nextInt(1_000_000));
        jdbc.update("MERGE INTO sign_in_code (username, code, expires_at, attempts) KEY (username) VALUES (?, ?, ?, 0)",
                username, code, Timestamp.from(Instant.now().plus(VALID_FOR)));
        return code;
    }

    /** Whether the code is the customer's current one; uses up one attempt either way, and the code when it matches. */
    @Transactional
    public boolean check(String username, String code) {
        int counted = jdbc.update("""
                        UPDATE sign_in_code SET attempts = attempts + 1
                        WHERE username = ? AND attempts < ? AND expires_at > ?""",
                username, MAX_ATTEMPTS, Timestamp.from(Instant.now()));
        if (counted == 0) {
            return false;
        }
        return jdbc.update("DELETE FROM sign_in_code WHERE username = ? AND code = ?", username, code) == 1;
    }
}
