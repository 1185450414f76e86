package dev.fixpoint.server.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Invitation links: an admin invites someone by name with a role; the link works once, for a week. */
@Repository
class InvitationRepository {

    /** What a valid invitation creates. */
    record Invitation(String username, Role role) {
    }

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, String username, Role role, long createdBy, OffsetDateTime expiresAt) {
        jdbc.sql("INSERT INTO invitations (token_hash, username, role, created_by, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(tokenHash, username, role.name(), createdBy, expiresAt).update();
    }

    /** A valid (named, unused, unexpired) invitation. */
    Optional<Invitation> valid(String tokenHash) {
        return jdbc.sql("SELECT username, role FROM invitations WHERE token_hash = ? AND username IS NOT NULL AND used_at IS NULL"
                        + " AND expires_at > ?")
                .params(tokenHash, OffsetDateTime.now())
                .query((rows, n) -> new Invitation(rows.getString("username"), Role.valueOf(rows.getString("role")))).optional();
    }

    /** Spends an invitation; false if it was spent already (two people racing for one link). */
    boolean spend(String tokenHash) {
        return jdbc.sql("UPDATE invitations SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(OffsetDateTime.now(), tokenHash, OffsetDateTime.now()).update() == 1;
    }
}
