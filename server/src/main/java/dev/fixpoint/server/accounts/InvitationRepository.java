package dev.fixpoint.server.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Invitation links: an admin invites someone with a role; the link works once, for a week. */
@Repository
class InvitationRepository {

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, Role role, long createdBy, OffsetDateTime expiresAt) {
        jdbc.sql("INSERT INTO invitations (token_hash, role, created_by, expires_at) VALUES (?, ?, ?, ?)")
                .params(tokenHash, role.name(), createdBy, expiresAt).update();
    }

    /** The role of a valid (unused, unexpired) invitation. */
    Optional<Role> validRole(String tokenHash) {
        return jdbc.sql("SELECT role FROM invitations WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(tokenHash, OffsetDateTime.now()).query(String.class).optional().map(Role::valueOf);
    }

    /** Spends an invitation; false if it was spent already (two people racing for one link). */
    boolean spend(String tokenHash) {
        return jdbc.sql("UPDATE invitations SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(OffsetDateTime.now(), tokenHash, OffsetDateTime.now()).update() == 1;
    }
}
