package dev.fixpoint.server.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Invitation links: an admin invites someone by name with a role; the link works once, for a week, unless the admin
 * revokes it first.
 */
@Repository
class InvitationRepository {

    /** What a valid invitation creates; {@code email} is null when the admin gave none. */
    record Invitation(String username, Role role, String email) {
    }

    /**
     * An invitation waiting to be accepted, as the admin page lists it.
     *
     * @param id the hash of its token, which names it in the revoke form and cannot be turned back into the link
     */
    record Pending(String id, String username, Role role, String email, OffsetDateTime expiresAt) {
    }

    private static final String PENDING = " username IS NOT NULL AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?";

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, String username, String email, Role role, long createdBy, OffsetDateTime expiresAt) {
        jdbc.sql("INSERT INTO invitations (token_hash, username, email, role, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(tokenHash, username, email, role.name(), createdBy, expiresAt).update();
    }

    /** A valid (named, unused, unrevoked, unexpired) invitation. */
    Optional<Invitation> valid(String tokenHash) {
        return jdbc.sql("SELECT username, role, email FROM invitations WHERE token_hash = ? AND" + PENDING)
                .params(tokenHash, OffsetDateTime.now())
                .query((rows, n) -> new Invitation(rows.getString("username"), Role.valueOf(rows.getString("role")), rows.getString("email")))
                .optional();
    }

    /** Invitations not yet accepted, revoked or expired, those expiring first first. */
    List<Pending> pending() {
        return jdbc.sql("SELECT token_hash, username, role, email, expires_at FROM invitations WHERE" + PENDING + " ORDER BY expires_at, username")
                .param(OffsetDateTime.now())
                .query((rows, n) -> new Pending(rows.getString("token_hash"), rows.getString("username"), Role.valueOf(rows.getString("role")),
                        rows.getString("email"), rows.getObject("expires_at", OffsetDateTime.class))).list();
    }

    /** Revokes an invitation that is still pending; false when it was accepted, revoked or expired already, or never existed. */
    boolean revoke(String tokenHash) {
        return jdbc.sql("UPDATE invitations SET revoked_at = ? WHERE token_hash = ? AND" + PENDING)
                .params(OffsetDateTime.now(), tokenHash, OffsetDateTime.now()).update() == 1;
    }

    /** Spends an invitation; false if it was spent or revoked already (two people racing for one link). */
    boolean spend(String tokenHash) {
        return jdbc.sql("UPDATE invitations SET used_at = ? WHERE token_hash = ? AND" + PENDING)
                .params(OffsetDateTime.now(), tokenHash, OffsetDateTime.now()).update() == 1;
    }
}
