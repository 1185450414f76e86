package dev.fixpoint.server.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Invitations: how admins bring people in. */
@Service
class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final AccountService accounts;

    InvitationService(InvitationRepository invitations, AccountService accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
    }

    /** A new invitation token (shown once to the admin, who sends the link). */
    String invite(Account admin, Role role) {
        if (!Role.people().contains(role)) {
            throw new IllegalArgumentException("Invitations are for people; create CI service accounts under Admin, Service accounts");
        }
        String token = Secrets.generate("inv_");
        invitations.insert(Secrets.hash(token), role, admin.id(), OffsetDateTime.now().plus(VALIDITY));
        return token;
    }

    Optional<Role> roleFor(String token) {
        return token == null ? Optional.empty() : invitations.validRole(Secrets.hash(token));
    }

    /**
     * Creates the invitee's account and spends the invitation, or neither.
     *
     * @throws IllegalArgumentException naming what is wrong with the name or password
     * @throws IllegalStateException    when the invitation is no longer valid
     */
    @Transactional
    Account accept(String token, String username, String password) {
        Role role = roleFor(token).orElseThrow(() -> new IllegalStateException("This invitation is no longer valid."));
        Account account = accounts.create(username, password, role);
        if (!invitations.spend(Secrets.hash(token))) {
            throw new IllegalStateException("This invitation is no longer valid.");
        }
        return account;
    }
}
