package dev.fixpoint.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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

    private final ApiTokens tokens;
    private final PasswordConfirmation confirmation;
    private final PasswordChange passwordChange;

    AccountSettingsPage(ApiTokens tokens, PasswordConfirmation confirmation, PasswordChange passwordChange) {
        this.tokens = tokens;
        this.confirmation = confirmation;
        this.passwordChange = passwordChange;
    }

    @GetMapping("/account")
    String settings(Authentication authentication, Model model) {
        model.addAttribute("account", CurrentAccount.of(authentication));
        model.addAttribute("tokens", tokens.list(CurrentAccount.of(authentication)));
        model.addAttribute("defaultDays", tokens.defaultDays());
        model.addAttribute("maxDays", tokens.maxDays());
        return "account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String current, @RequestParam String password, @RequestParam(defaultValue = "false") boolean revokeTokens,
                          Authentication authentication, HttpServletRequest request, Model model) {
        switch (passwordChange.change(CurrentAccount.of(authentication), current, password, revokeTokens, request)) {
            case PasswordChange.Changed changed -> model.addAttribute("notice", "Your password is changed. "
                    + (changed.sessionsEnded() == 0 ? "You were signed in nowhere else" : "Your " + changed.sessionsEnded()
                    + " other session(s) are signed out") + (revokeTokens ? "; your API tokens are revoked (" + changed.tokensRevoked() + ")." : "."));
            case PasswordChange.Refused refused -> model.addAttribute("error", refused.reason());
        }
        return settings(authentication, model);
    }

    /** A new token needs the password entered lately: at sign-in within the window, or here with the request. */
    @PostMapping("/account/tokens")
    String createToken(@RequestParam String name, @RequestParam(required = false) Integer days, @RequestParam(required = false) String current,
                       Authentication authentication, HttpServletRequest request, Model model) {
        Account account = CurrentAccount.of(authentication);
        String refused = confirmation.refusalUnlessRecent(account, current, request, "to create a token");
        if (refused != null) {
            model.addAttribute("error", refused);
            return settings(authentication, model);
        }
        try {
            ApiTokens.Created created = tokens.create(account, name, days);
            model.addAttribute("newToken", created.secret());
            model.addAttribute("newTokenExpiresAt", created.expiresAt());
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
