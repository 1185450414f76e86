package dev.fixpoint.server.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators list accounts, invite people (a link), create accounts directly and set the email that commit
 * authors are matched by. Admins only (see SecurityConfig); people cannot set their own email, or they could
 * claim a colleague's findings.
 */
@Controller
class AdminUsersPage {

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final AccountDirectory directory;
    private final InvitationService invitations;
    private final LoginThrottle throttle;

    AdminUsersPage(AccountRepository accounts, AccountService accountService, AccountDirectory directory, InvitationService invitations,
                   LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.accountService = accountService;
        this.directory = directory;
        this.invitations = invitations;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        List<Account> people = directory.people();
        model.addAttribute("accounts", people);
        model.addAttribute("emails", accounts.emails());
        // Failed password checks that slow a name's sign-ins down, by account id; names with none are absent.
        Map<Long, Integer> failures = new HashMap<>();
        people.forEach(account -> {
            int count = throttle.failures(account.username());
            if (count >= LoginThrottle.FREE_FAILURES) {
                failures.put(account.id(), count);
            }
        });
        model.addAttribute("failures", failures);
        model.addAttribute("roles", Role.people());
        model.addAttribute("invitations", invitations.pending());
        return "admin-users";
    }

    @PostMapping("/admin/invitations")
    String invite(@RequestParam Role role, @RequestParam(required = false) String username, @RequestParam(required = false) String email,
                  Authentication authentication, Model model) {
        try {
            InvitationService.Issued issued = invitations.invite(CurrentAccount.of(authentication), username, email, role);
            model.addAttribute("issued", issued);
            model.addAttribute("invitationLink", ServletUriComponentsBuilder.fromCurrentContextPath().path("/invite")
                    .queryParam("token", issued.token()).toUriString());
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return users(model);
    }

    /** Revokes a pending invitation: its link stops working, and the name is free to invite again. */
    @PostMapping("/admin/invitations/revoke")
    String revoke(@RequestParam String id, Model model) {
        try {
            InvitationRepository.Pending revoked = invitations.revoke(id);
            model.addAttribute("notice", "Revoked the invitation for " + revoked.username() + ": its link no longer works.");
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return users(model);
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
                  @RequestParam(required = false) String email, Model model) {
        try {
            accountService.create(username, password, role, email);
            model.addAttribute("notice", "Created " + username + ".");
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return users(model);
    }

    /** Forgets a name's failed sign-ins, so that its owner signs in at once on any browser. */
    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable long id, Model model) {
        Account account = directory.byId(id).filter(found -> found.role() != Role.CI)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such user"));
        throttle.unlock(account.username());
        model.addAttribute("notice", "Unlocked " + account.username() + ": their sign-ins are no longer slowed down.");
        return users(model);
    }

    @PostMapping("/admin/users/{id}/email")
    String setEmail(@PathVariable long id, @RequestParam(required = false) String email, Model model) {
        try {
            if (directory.byId(id).filter(account -> account.role() != Role.CI).isEmpty()) {
                throw new IllegalArgumentException("There is no such user");
            }
            directory.setEmail(id, email);
            model.addAttribute("notice", "Saved the email of " + directory.byId(id).orElseThrow().username() + ".");
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return users(model);
    }
}
