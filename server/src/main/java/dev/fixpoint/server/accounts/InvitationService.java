package dev.fixpoint.server.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Invitations: how admins bring people in. */
@Service
class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(7);
    static final String NO_LONGER_VALID = "This invitation is no longer valid: ask the administrator for a new one.";

    private final InvitationRepository invitations;
    private final AccountService accounts;

    InvitationService(InvitationRepository invitations, AccountService accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
    }

    /**
     * An invitation just made: its token is shown once to the admin, who sends the link, with whom it is for.
     *
     * @param email the email the account will have (its commits are matched by it), or null
     */
    record Issued(String token, String username, Role role, String email) {
    }

    /**
     * A new invitation for an account of this name, role and (optional) email.
     *
     * @throws IllegalArgumentException naming what is wrong with the name, email or role, or that the name is taken
     */
    Issued invite(Account admin, String username, String email, Role role) {
        if (!Role.people().contains(role)) {
            throw new IllegalArgumentException("Invitations are for people; create CI service accounts under Admin, Service accounts");
        }
        String name = username == null ? null : username.strip();
        AccountService.checkUsername(name);
        if (accounts.isTaken(name)) {
            throw new IllegalArgumentException("The user name '" + name + "' is taken");
        }
        String address = email == null || email.isBlank() ? null : AccountDirectory.normalizeEmail(email);
        String token = Secrets.generate("inv_");
        invitations.insert(Secrets.hash(token), name, address, role, admin.id(), OffsetDateTime.now().plus(VALIDITY));
        return new Issued(token, name, role, address);
    }

    /** Invitations not yet accepted, revoked or expired. */
    List<InvitationRepository.Pending> pending() {
        return invitations.pending();
    }

    /**
     * Revokes a pending invitation: its link stops working.
     *
     * @throws IllegalArgumentException when no pending invitation has this id (accepted, revoked or expired meanwhile)
     */
    InvitationRepository.Pending revoke(String id) {
        InvitationRepository.Pending pending = invitations.pending().stream().filter(invitation -> invitation.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That invitation is no longer pending: it was accepted, revoked or expired"));
        if (!invitations.revoke(id)) {
            throw new IllegalArgumentException("The invitation for " + pending.username() + " is no longer pending: it was accepted meanwhile");
        }
        return pending;
    }

    Optional<InvitationRepository.Invitation> find(String token) {
        return token == null ? Optional.empty() : invitations.valid(Secrets.hash(token));
    }

    /**
     * Creates the invited account with the guest's password and spends the invitation, or neither. The guest chooses
     * no name, so nothing they send can tell them which names exist: an invitation whose name was taken since it
     * was made fails as a spent one does.
     *
     * @throws IllegalArgumentException naming what is wrong with the password
     * @throws IllegalStateException    when the invitation is no longer valid, or its name was taken meanwhile
     */
    @Transactional
    Account accept(String token, String password) {
        InvitationRepository.Invitation invitation = find(token).orElseThrow(() -> new IllegalStateException(NO_LONGER_VALID));
        AccountService.checkPassword(password);
        Account account;
        try {
            account = accounts.create(invitation.username(), password, invitation.role(), invitation.email());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(NO_LONGER_VALID, e);
        }
        if (!invitations.spend(Secrets.hash(token))) {
            throw new IllegalStateException(NO_LONGER_VALID);
        }
        return account;
    }
}
