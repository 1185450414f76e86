package dev.fixpoint.server.accounts;

import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** Personal API tokens: created in the UI, shown once, stored hashed, revocable, expiring, with a last-used time. */
@Service
class ApiTokens {

    static final int MAX_PER_ACCOUNT = 20;

    /** A token's secret, the only copy there will ever be, and when it stops working. */
    record Created(String secret, OffsetDateTime expiresAt) {

        /** Leaves the secret out, should it ever be logged. */
        @Override
        public String toString() {
            return "token expiring " + expiresAt;
        }
    }

    private final ApiTokenRepository tokens;
    private final Duration defaultLifetime;
    private final Duration maxLifetime;

    ApiTokens(ApiTokenRepository tokens, TokensProperties settings) {
        this.tokens = tokens;
        this.defaultLifetime = settings.defaultLifetime();
        this.maxLifetime = settings.maxLifetime();
    }

    /** Days a token lives when its creator does not say. */
    long defaultDays() {
        return defaultLifetime.toDays();
    }

    long maxDays() {
        return maxLifetime.toDays();
    }

    /**
     * A new token that works for {@code days} days, or the default lifetime when null.
     *
     * @throws IllegalArgumentException naming what is wrong with the name or the lifetime, or that there are too many tokens
     */
    Created create(Account account, String name, Integer days) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new IllegalArgumentException("A token needs a name of 1 to 100 characters, such as 'laptop CLI'");
        }
        if (days != null && (days < 1 || days > maxDays())) {
            throw new IllegalArgumentException("A token lives 1 to " + maxDays() + " days, not " + days);
        }
        if (tokens.list(account.id()).size() >= MAX_PER_ACCOUNT) {
            throw new IllegalArgumentException("You have " + MAX_PER_ACCOUNT + " tokens already; revoke one first");
        }
        String secret = Secrets.generate("fp_");
        OffsetDateTime expiresAt = OffsetDateTime.now().plus(days == null ? defaultLifetime : Duration.ofDays(days));
        tokens.insert(account.id(), trimmed, Secrets.hash(secret), expiresAt);
        return new Created(secret, expiresAt);
    }

    /** Revokes every token of the account; how many there were. */
    int revokeAll(Account account) {
        return tokens.revokeAll(account.id());
    }

    List<ApiToken> list(Account account) {
        return tokens.list(account.id());
    }

    /** Revokes one of the account's tokens; false when it has no such token (someone else's is "no such"). */
    boolean revoke(Account account, long id) {
        return tokens.revoke(account.id(), id);
    }
}
