package dev.fixpoint.server.webhooks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Repository
class WebhookRepository {

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new, active webhook; the secret is stored as is because every delivery is signed with it. */
    long insert(String url, String secret, List<String> events, long createdBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO webhooks (url, secret, events, active, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(url, secret, String.join(",", events), true, createdBy, OffsetDateTime.now()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Webhook> find(long id) {
        return jdbc.sql("SELECT id, url, events, active, created_at FROM webhooks WHERE id = ?").param(id).query(this::map).optional();
    }

    List<Webhook> all() {
        return jdbc.sql("SELECT id, url, events, active, created_at FROM webhooks ORDER BY id").query(this::map).list();
    }

    /** The active webhooks that asked for this event. */
    List<Webhook> subscribedTo(String event) {
        return jdbc.sql("SELECT id, url, events, active, created_at FROM webhooks WHERE active = TRUE ORDER BY id")
                .query(this::map).list().stream().filter(webhook -> webhook.subscribesTo(event)).toList();
    }

    /** False when there is no such webhook. */
    boolean setActive(long id, boolean active) {
        return jdbc.sql("UPDATE webhooks SET active = ? WHERE id = ?").params(active, id).update() == 1;
    }

    /** Deletes the webhook with its deliveries and their attempts; false when there is no such webhook. */
    boolean delete(long id) {
        return jdbc.sql("DELETE FROM webhooks WHERE id = ?").param(id).update() == 1;
    }

    private Webhook map(ResultSet rows, int n) throws SQLException {
        return new Webhook(rows.getLong("id"), rows.getString("url"), List.of(rows.getString("events").split(",")),
                rows.getBoolean("active"), rows.getObject("created_at", OffsetDateTime.class));
    }
}
