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

    /** Sets the email commit authors are matched by, or clears it with {@code null}; false when there is no such account. */
    boolean setEmail(long id, String email) {
        return jdbc.sql("UPDATE accounts SET email = ? WHERE id = ?").params(email, id).update() == 1;
    }

    Optional<String> emailOf(long id) {
        return jdbc.sql("SELECT email FROM accounts WHERE id = ?").param(id).query((rows, n) -> Optional.ofNullable(rows.getString("email")))
                .optional().flatMap(email -> email);
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("SELECT id, username, role FROM accounts WHERE email = ?").param(email)
                .query((rows, n) -> new Account(rows.getLong("id"), rows.getString("username"), Role.valueOf(rows.getString("role")))).optional();
    }

    /** Every account's email by account id, for listings; accounts without one are absent. */
    java.util.Map<Long, String> emails() {
        java.util.Map<Long, String> emails = new java.util.HashMap<>();
        jdbc.sql("SELECT id, email FROM accounts WHERE email IS NOT NULL").query(rows -> {
            emails.put(rows.getLong("id"), rows.getString("email"));
        });
        return emails;
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
