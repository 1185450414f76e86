package dev.fixpoint.server.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in user's own settings: password and personal API tokens. */
@Controller
class AccountSettingsPage {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;

    AccountSettingsPage(AccountRepository accounts, PasswordEncoder passwords, ApiTokens tokens) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String settings(Authentication authentication, Model model) {
        model.addAttribute("account", CurrentAccount.of(authentication));
        model.addAttribute("tokens", tokens.list(CurrentAccount.of(authentication)));
        return "account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String current, @RequestParam String password, Authentication authentication, Model model) {
        Account account = CurrentAccount.of(authentication);
        AccountDetails stored = accounts.find(account.id()).orElseThrow();
        if (!passwords.matches(current, stored.passwordHash())) {
            model.addAttribute("error", "The current password is wrong.");
        } else if (password.length() < AccountService.MIN_PASSWORD || password.length() > 200) {
            model.addAttribute("error", "The new password must be " + AccountService.MIN_PASSWORD + " to 200 characters long.");
        } else {
            accounts.changePassword(account.id(), passwords.encode(password));
            model.addAttribute("notice", "Your password is changed.");
        }
        return settings(authentication, model);
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam String name, Authentication authentication, Model model) {
        try {
            model.addAttribute("newToken", tokens.create(CurrentAccount.of(authentication), name));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return settings(authentication, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Authentication authentication) {
        if (!tokens.revoke(CurrentAccount.of(authentication), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such token");
        }
        return "redirect:/account";
    }
}
