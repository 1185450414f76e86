package dev.fixpoint.server.accounts;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it: never the secret itself, which is shown once at creation. */
public record ApiToken(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, OffsetDateTime expiresAt) {

    /** Whether the token no longer works because its time is up (for the page's templates). */
    public boolean expired() {
        return !expiresAt.isAfter(OffsetDateTime.now());
    }
}
