package dev.fixpoint.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Checks a signed-in user's current password before a sensitive change (a new password, a new API token), throttled
 * as sign-ins are, so that a borrowed session cannot be used to guess it; and remembers when the session's user
 * last entered it, so that right after signing in they are not asked again.
 */
@Component
class PasswordConfirmation {

    /** What a check of the current password came to. */
    enum Outcome { CONFIRMED, WRONG, SLOWED }

    static final String ENTERED_AT = PasswordConfirmation.class.getName() + ".enteredAt";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final Duration recent;

    PasswordConfirmation(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle,
                         @Value("${fixpoint.accounts.recent-password}") Duration recent) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.recent = recent;
    }

    /**
     * Checks the password. Unlike a sign-in, a known browser is no excuse from the delay: whoever holds the session
     * holds that browser too.
     */
    Outcome confirm(Account account, String password, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (throttle.isAddressBlocked(address) || throttle.nameWait(account.username()).isPresent()) {
            return Outcome.SLOWED;
        }
        AccountDetails stored = accounts.find(account.id()).orElseThrow();
        if (password == null || !passwords.matches(password, stored.passwordHash())) {
            throttle.failed(account.username(), address);
            return Outcome.WRONG;
        }
        throttle.succeeded(account.username());
        entered(request.getSession());
        return Outcome.CONFIRMED;
    }

    /** Whether the session's user entered their password, signing in or confirming it, within the recent window. */
    boolean isRecent(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ENTERED_AT) instanceof Instant at && at.plus(recent).isAfter(Instant.now());
    }

    Duration window() {
        return recent;
    }

    /** The session's user has just entered their password. */
    static void entered(HttpSession session) {
        session.setAttribute(ENTERED_AT, Instant.now());
    }
}
