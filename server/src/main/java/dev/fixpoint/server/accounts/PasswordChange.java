package dev.fixpoint.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A user changes their own password: with the current one (throttled), after which every other session of the
 * account is signed out, and, if they ask, every API token of theirs is revoked, since whoever knew the old
 * password may have made one.
 */
@Component
class PasswordChange {

    /** What a change request came to. */
    sealed interface Result permits Changed, Refused {
    }

    record Changed(int sessionsEnded, int tokensRevoked) implements Result {
    }

    /** @param outcome why the current password was not accepted, or null when the new one is what is wrong */
    record Refused(PasswordConfirmation.Outcome outcome, String reason) implements Result {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordConfirmation confirmation;
    private final ApiTokens tokens;
    private final SessionRegistry sessions;

    PasswordChange(AccountRepository accounts, PasswordEncoder passwords, PasswordConfirmation confirmation, ApiTokens tokens,
                   SessionRegistry sessions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.confirmation = confirmation;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    Result change(Account account, String current, String password, boolean revokeTokens, HttpServletRequest request) {
        PasswordConfirmation.Outcome confirmed = confirmation.confirm(account, current, request);
        if (confirmed != PasswordConfirmation.Outcome.CONFIRMED) {
            return new Refused(confirmed, PasswordConfirmation.refusal(confirmed));
        }
        if (password == null || password.length() < AccountService.MIN_PASSWORD || password.length() > 200) {
            return new Refused(null, "The new password must be " + AccountService.MIN_PASSWORD + " to 200 characters long.");
        }
        accounts.changePassword(account.id(), passwords.encode(password));
        return new Changed(endOtherSessions(account, request.getSession().getId()), revokeTokens ? tokens.revokeAll(account) : 0);
    }

    /** Signs the account out everywhere but in this session; their next request there goes to the sign-in page. */
    private int endOtherSessions(Account account, String keep) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof AccountDetails details && details.account().id() == account.id()) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keep)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
