package dev.fixpoint.server.accounts;

import org.springframework.security.core.Authentication;

/** The signed-in account behind an authentication, for the other modules. */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    /**
     * @throws IllegalStateException when the authentication is not a Fixpoint sign-in
     */
    public static Account of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountDetails details) {
            return details.account();
        }
        throw new IllegalStateException("not signed in");
    }
}
