package dev.fixpoint.server.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long accountId, String name, String tokenHash, OffsetDateTime expiresAt) {
        jdbc.sql("INSERT INTO api_tokens (account_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(accountId, name, tokenHash, OffsetDateTime.now(), expiresAt).update();
    }

    List<ApiToken> list(long accountId) {
        return jdbc.sql("SELECT id, name, created_at, last_used_at, expires_at FROM api_tokens WHERE account_id = ? AND revoked_at IS NULL"
                        + " ORDER BY id")
                .param(accountId)
                .query((rows, n) -> new ApiToken(rows.getLong("id"), rows.getString("name"), rows.getObject("created_at", OffsetDateTime.class),
                        rows.getObject("last_used_at", OffsetDateTime.class), rows.getObject("expires_at", OffsetDateTime.class))).list();
    }

    /** Revokes a token of this account; false when the account has no such token. */
    boolean revoke(long accountId, long id) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                .params(OffsetDateTime.now(), id, accountId).update() == 1;
    }

    /** Revokes every token of the account, as when its password is changed; how many there were. */
    int revokeAll(long accountId) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
                .params(OffsetDateTime.now(), accountId).update();
    }

    /** The account a live (unrevoked, unexpired) token belongs to, marking the token used. */
    Optional<Long> use(String tokenHash) {
        Optional<Long> account = jdbc.sql("SELECT account_id FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?")
                .params(tokenHash, OffsetDateTime.now()).query(Long.class).optional();
        account.ifPresent(id -> jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?")
                .params(OffsetDateTime.now(), tokenHash).update());
        return account;
    }
}
