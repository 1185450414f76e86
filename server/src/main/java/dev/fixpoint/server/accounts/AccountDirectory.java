package dev.fixpoint.server.accounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Looks accounts up for other modules, by id, name or the email commit authors are matched by. */
@Service
public class AccountDirectory {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]{1,64}@[^\\s@<>\"]{1,189}");

    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;

    private final InvitationRepository invitations;

    AccountDirectory(AccountRepository accounts, ApplicationEventPublisher events, InvitationRepository invitations) {
        this.accounts = accounts;
        this.events = events;
        this.invitations = invitations;
    }

    /** Invitations not yet accepted, revoked or expired: people who may still join. */
    public int pendingInvitations() {
        return invitations.pending().size();
    }

    /**
     * The email in the form it is stored and matched in: trimmed and lower-cased, since mail systems and git
     * clients disagree on case.
     *
     * @throws IllegalArgumentException when it does not look like an email address
     */
    public static String normalizeEmail(String email) {
        String trimmed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + (email == null ? "" : email.strip()) + "' is not an email address");
        }
        return trimmed;
    }

    /** The person whose email this is (any case), if an account has it; service accounts never match. */
    public Optional<Account> byEmail(String email) {
        String normalized;
        try {
            normalized = normalizeEmail(email);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return accounts.findByEmail(normalized).filter(account -> account.role() != Role.CI);
    }

    public Optional<Account> byId(long id) {
        return accounts.find(id).map(AccountDetails::account);
    }

    public Optional<String> emailOf(long accountId) {
        return accounts.emailOf(accountId);
    }

    /** People (not service accounts), by user name. */
    public List<Account> people() {
        return accounts.all().stream().filter(account -> account.role() != Role.CI).toList();
    }

    /**
     * Sets an account's email, or clears it when blank.
     *
     * @throws IllegalArgumentException when the email is malformed or another account has it
     */
    @Transactional
    void setEmail(long accountId, String email) {
        String value = email == null || email.isBlank() ? null : normalizeEmail(email);
        try {
            accounts.setEmail(accountId, value);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("Another account has the email " + value);
        }
        if (value != null) {
            byId(accountId).ifPresent(account -> events.publishEvent(new CommitEmailSet(account, value)));
        }
    }
}
