package dev.fixpoint.server.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

    AdminUsersPage(AccountRepository accounts, AccountService accountService, AccountDirectory directory, InvitationService invitations) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.directory = directory;
        this.invitations = invitations;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("accounts", directory.people());
        model.addAttribute("emails", accounts.emails());
        model.addAttribute("roles", Role.people());
        return "admin-users";
    }

    @PostMapping("/admin/invitations")
    String invite(@RequestParam Role role, Authentication authentication, Model model) {
        try {
            String token = invitations.invite(CurrentAccount.of(authentication), role);
            model.addAttribute("invitationLink", ServletUriComponentsBuilder.fromCurrentContextPath().path("/invite").queryParam("token", token).toUriString());
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
