package dev.fixpoint.server.submissions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

@Repository
class DraftRepository {

    private final JdbcClient jdbc;

    DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> find(long accountId, String labId) {
        Map<String, String> files = new TreeMap<>();
        jdbc.sql("SELECT path, content FROM drafts WHERE account_id = ? AND lab_id = ?").params(accountId, labId)
                .query(rows -> {
                    files.put(rows.getString("path"), rows.getString("content"));
                });
        return files;
    }

    /**
     * Saves every file of the draft at once: a draft is never half written. Saves of one account wait for each
     * other (until the transaction they are part of ends), so an autosave and Run checks arriving together never
     * both insert the same new draft.
     */
    @Transactional
    void save(long accountId, String labId, Map<String, String> files) {
        jdbc.sql("SELECT id FROM accounts WHERE id = ? FOR UPDATE").param(accountId).query(Long.class).optional();
        OffsetDateTime now = OffsetDateTime.now();
        files.forEach((path, content) -> {
            int updated = jdbc.sql("UPDATE drafts SET content = ?, updated_at = ? WHERE account_id = ? AND lab_id = ? AND path = ?")
                    .params(content, now, accountId, labId, path).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO drafts (account_id, lab_id, path, content, updated_at) VALUES (?, ?, ?, ?, ?)")
                        .params(accountId, labId, path, content, now).update();
            }
        });
    }

    void delete(long accountId, String labId) {
        jdbc.sql("DELETE FROM drafts WHERE account_id = ? AND lab_id = ?").params(accountId, labId).update();
    }
}
