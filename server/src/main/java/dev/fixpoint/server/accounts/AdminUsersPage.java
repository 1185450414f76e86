package dev.fixpoint.server.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administrators list accounts, invite people (a link) or create accounts directly. Admins only (see SecurityConfig). */
@Controller
class AdminUsersPage {

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final InvitationService invitations;

    AdminUsersPage(AccountRepository accounts, AccountService accountService, InvitationService invitations) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.invitations = invitations;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "admin-users";
    }

    @PostMapping("/admin/invitations")
    String invite(@RequestParam Role role, Authentication authentication, Model model) {
        String token = invitations.invite(CurrentAccount.of(authentication), role);
        model.addAttribute("invitationLink", ServletUriComponentsBuilder.fromCurrentContextPath().path("/invite").queryParam("token", token).toUriString());
        return users(model);
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam Role role, Model model) {
        try {
            accountService.create(username, password, role);
            model.addAttribute("notice", "Created " + username + ".");
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return users(model);
    }
}
