package dev.fixpoint.server.accounts;

import org.springframework.stereotype.Service;

import java.util.List;

/** Personal API tokens: created in the UI, shown once, stored hashed, revocable, with a last-used time. */
@Service
class ApiTokens {

    static final int MAX_PER_ACCOUNT = 20;

    private final ApiTokenRepository tokens;

    ApiTokens(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** A new token; the returned secret is the only copy there will ever be. */
    String create(Account account, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new IllegalArgumentException("A token needs a name of 1 to 100 characters, such as 'laptop CLI'");
        }
        if (tokens.list(account.id()).size() >= MAX_PER_ACCOUNT) {
            throw new IllegalArgumentException("You have " + MAX_PER_ACCOUNT + " tokens already; revoke one first");
        }
        String secret = Secrets.generate("fp_");
        tokens.insert(account.id(), trimmed, Secrets.hash(secret));
        return secret;
    }

    List<ApiToken> list(Account account) {
        return tokens.list(account.id());
    }

    /** Revokes one of the account's tokens; false when it has no such token (someone else's is "no such"). */
    boolean revoke(Account account, long id) {
        return tokens.revoke(account.id(), id);
    }
}
