package dev.fixpoint.server.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single();
    }

    Account create(String username, String passwordHash, Role role) {
        jdbc.sql("INSERT INTO accounts (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
                .params(username, passwordHash, role.name(), OffsetDateTime.now()).update();
        return find(username).orElseThrow().account();
    }

    Optional<AccountDetails> find(long id) {
        return jdbc.sql("SELECT id, username, password_hash, role FROM accounts WHERE id = ?").param(id)
                .query((rows, n) -> new AccountDetails(new Account(rows.getLong("id"), rows.getString("username"),
                        Role.valueOf(rows.getString("role"))), rows.getString("password_hash")))
                .optional();
    }

    java.util.List<Account> all() {
        return jdbc.sql("SELECT id, username, role FROM accounts ORDER BY username")
                .query((rows, n) -> new Account(rows.getLong("id"), rows.getString("username"), Role.valueOf(rows.getString("role")))).list();
    }

    void changePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE accounts SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
    }

    Optional<AccountDetails> find(String username) {
        return jdbc.sql("SELECT id, username, password_hash, role FROM accounts WHERE username = ?").param(username)
                .query((rows, n) -> new AccountDetails(new Account(rows.getLong("id"), rows.getString("username"),
                        Role.valueOf(rows.getString("role"))), rows.getString("password_hash")))
                .optional();
    }
}
