package dev.fixpoint.server.webhooks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Repository
class DeliveryRepository {

    /** A delivery whose next attempt is due, with where to post it and the webhook's secret to sign it with. */
    record Due(String id, long webhookId, String url, String secret, String event, String payload, int attempts) {

        /** Leaves the secret out, should a delivery ever be logged. */
        @Override
        public String toString() {
            return "delivery " + id + " (" + event + ") to webhook " + webhookId;
        }
    }

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a delivery, due at once. */
    void insert(String id, long webhookId, String event, String payload, OffsetDateTime createdAt) {
        jdbc.sql("INSERT INTO webhook_deliveries (id, webhook_id, event, payload, status, attempts, next_attempt_at, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, 0, ?, ?)")
                .params(id, webhookId, event, payload, DeliveryStatus.PENDING.name(), createdAt, createdAt).update();
    }

    /** Pending deliveries of active webhooks whose next attempt is due at {@code now}, the longest waiting first. */
    List<Due> due(OffsetDateTime now, int limit) {
        return jdbc.sql("SELECT d.id, d.webhook_id, w.url, w.secret, d.event, d.payload, d.attempts FROM webhook_deliveries d "
                        + "JOIN webhooks w ON w.id = d.webhook_id WHERE d.status = ? AND d.next_attempt_at <= ? AND w.active = TRUE "
                        + "ORDER BY d.next_attempt_at, d.id FETCH FIRST ? ROWS ONLY")
                .params(DeliveryStatus.PENDING.name(), now, limit)
                .query((rows, n) -> new Due(rows.getString("id"), rows.getLong("webhook_id"), rows.getString("url"), rows.getString("secret"),
                        rows.getString("event"), rows.getString("payload"), rows.getInt("attempts"))).list();
    }

    /**
     * Stores an attempt together with the state it leaves the delivery in; false, storing nothing, when the delivery
     * was deleted or is no longer pending at the attempt before this one.
     *
     * @param nextAttemptAt when to try again, {@code null} unless the delivery stays pending
     */
    @Transactional
    boolean record(String id, Delivery.Attempt attempt, DeliveryStatus status, OffsetDateTime nextAttemptAt) {
        OffsetDateTime deliveredAt = status == DeliveryStatus.DELIVERED ? attempt.at() : null;
        int updated = jdbc.sql("UPDATE webhook_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, delivered_at = ? "
                        + "WHERE id = ? AND status = ? AND attempts = ?")
                .params(status.name(), attempt.number(), nextAttemptAt, deliveredAt, id, DeliveryStatus.PENDING.name(), attempt.number() - 1)
                .update();
        if (updated == 1) {
            jdbc.sql("INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, http_status, error, duration_ms) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, attempt.number(), attempt.at(), attempt.httpStatus(), attempt.error(), attempt.durationMs()).update();
        }
        return updated == 1;
    }

    /** Makes a failed delivery pending and due now, for one more attempt; false when there is no such failed delivery. */
    boolean retryNow(String id) {
        return jdbc.sql("UPDATE webhook_deliveries SET status = ?, next_attempt_at = ? WHERE id = ? AND status = ?")
                .params(DeliveryStatus.PENDING.name(), OffsetDateTime.now(), id, DeliveryStatus.FAILED.name()).update() == 1;
    }

    /** The latest deliveries of all webhooks, newest first, each with its attempts. */
    List<Delivery> latest(int limit) {
        List<Delivery> deliveries = jdbc.sql("SELECT id, webhook_id, event, status, attempts, next_attempt_at, created_at, delivered_at "
                        + "FROM webhook_deliveries ORDER BY created_at DESC, id FETCH FIRST ? ROWS ONLY")
                .param(limit).query((rows, n) -> map(rows, List.of())).list();
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<String, List<Delivery.Attempt>> attempts = attemptsOf(deliveries.stream().map(Delivery::id).toList());
        return deliveries.stream().map(delivery -> delivery.withAttempts(attempts.getOrDefault(delivery.id(), List.of()))).toList();
    }

    private Map<String, List<Delivery.Attempt>> attemptsOf(List<String> deliveryIds) {
        Map<String, List<Delivery.Attempt>> attempts = new HashMap<>();
        jdbc.sql("SELECT * FROM webhook_attempts WHERE delivery_id IN (:ids) ORDER BY delivery_id, attempt").param("ids", deliveryIds)
                .query(rows -> {
                    attempts.computeIfAbsent(rows.getString("delivery_id"), id -> new ArrayList<>()).add(new Delivery.Attempt(
                            rows.getInt("attempt"), rows.getObject("attempted_at", OffsetDateTime.class),
                            rows.getObject("http_status", Integer.class), rows.getString("error"), rows.getLong("duration_ms")));
                });
        return attempts;
    }

    private static Delivery map(ResultSet rows, List<Delivery.Attempt> attempts) throws SQLException {
        return new Delivery(rows.getString("id"), rows.getLong("webhook_id"), rows.getString("event"),
                DeliveryStatus.valueOf(rows.getString("status")), rows.getInt("attempts"), rows.getObject("next_attempt_at", OffsetDateTime.class),
                rows.getObject("created_at", OffsetDateTime.class), rows.getObject("delivered_at", OffsetDateTime.class), attempts);
    }
}
