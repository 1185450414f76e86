package dev.fixpoint.server.workspace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;

/** How many of a lab's hints each learner has revealed: hints come one at a time, and leads may see how many. */
@Repository
class HintRepository {

    private final JdbcClient jdbc;

    HintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int revealed(long accountId, String labId) {
        return jdbc.sql("SELECT revealed FROM hint_reveals WHERE account_id = ? AND lab_id = ?").params(accountId, labId)
                .query(Integer.class).optional().orElse(0);
    }

    /** Reveals one more hint, up to {@code available}; returns how many are revealed now. */
    @Transactional
    int revealNext(long accountId, String labId, int available) {
        int next = Math.min(available, revealed(accountId, labId) + 1);
        int updated = jdbc.sql("UPDATE hint_reveals SET revealed = ?, updated_at = ? WHERE account_id = ? AND lab_id = ?")
                .params(next, OffsetDateTime.now(), accountId, labId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO hint_reveals (account_id, lab_id, revealed, updated_at) VALUES (?, ?, ?, ?)")
                    .params(accountId, labId, next, OffsetDateTime.now()).update();
        }
        return next;
    }
}
