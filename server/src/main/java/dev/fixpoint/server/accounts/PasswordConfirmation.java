package dev.fixpoint.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
                         AccountsProperties settings) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.recent = settings.recentPassword();
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

    /**
     * Null when the session's user entered their password lately (signing in, or confirming it) or enters it now as
     * {@code current}; otherwise what to tell them. What every token's creation asks, personal or a service account's.
     *
     * @param action what the password is for, as in "to create a token"
     */
    String refusalUnlessRecent(Account account, String current, HttpServletRequest request, String action) {
        if (isRecent(request)) {
            return null;
        }
        if (current == null || current.isEmpty()) {
            return "Enter your current password " + action + ": you signed in more than " + recent.toMinutes() + " minutes ago.";
        }
        Outcome outcome = confirm(account, current, request);
        return outcome == Outcome.CONFIRMED ? null : refusal(outcome);
    }

    /** What the user is told when their current password was not confirmed. */
    static String refusal(Outcome outcome) {
        return outcome == Outcome.SLOWED
                ? "Too many wrong passwords for your account: wait a minute and try again, or ask an administrator to unlock it."
                : "The current password is wrong.";
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
