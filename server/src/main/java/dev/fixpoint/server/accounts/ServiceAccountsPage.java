package dev.fixpoint.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DuplicateKeyException;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CI service accounts: one per pipeline or team, whose tokens upload findings and ask the training gate and
 * nothing else. They have no usable password, so no one signs in as one. Admins only (see SecurityConfig).
 */
@Controller
class ServiceAccountsPage {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9._-]{3,100}");

    private final AccountRepository accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final PasswordConfirmation confirmation;

    ServiceAccountsPage(AccountRepository accounts, ApiTokens tokens, PasswordEncoder passwords, PasswordConfirmation confirmation) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.confirmation = confirmation;
    }

    @GetMapping("/admin/service-accounts")
    String list(Model model) {
        Map<Account, List<ApiToken>> serviceAccounts = new LinkedHashMap<>();
        accounts.all().stream().filter(account -> account.role() == Role.CI)
                .forEach(account -> serviceAccounts.put(account, tokens.list(account)));
        model.addAttribute("serviceAccounts", serviceAccounts);
        return "admin-service-accounts";
    }

    /** A CI token is a credential like any other: its creation asks for the administrator's password entered lately. */
    @PostMapping("/admin/service-accounts")
    String create(@RequestParam String name, @RequestParam(required = false) String current, Authentication authentication,
                  HttpServletRequest request, Model model) {
        String refused = confirmation.refusalUnlessRecent(CurrentAccount.of(authentication), current, request, "to create a token");
        if (refused != null) {
            model.addAttribute("error", refused);
            return list(model);
        }
        String trimmed = name == null ? "" : name.strip();
        if (!NAME.matcher(trimmed).matches()) {
            model.addAttribute("error", "A service account's name must be 3 to 100 letters, digits or . _ -, such as ci-payments");
            return list(model);
        }
        try {
            // A random password no one knows; sign-in is refused for the role anyway.
            Account account = accounts.create(trimmed, passwords.encode(Secrets.generate("unused_")), Role.CI);
            model.addAttribute("newToken", tokens.create(account, "CI", null).secret());
            model.addAttribute("notice", "Created " + trimmed + ". Store its token as the FIXPOINT_TOKEN secret of your CI.");
        } catch (DuplicateKeyException e) {
            model.addAttribute("error", "The name '" + trimmed + "' is taken");
        }
        return list(model);
    }

    @PostMapping("/admin/service-accounts/{id}/tokens")
    String newToken(@PathVariable long id, @RequestParam(required = false) String current, Authentication authentication,
                    HttpServletRequest request, Model model) {
        Account account = serviceAccount(id);
        String refused = confirmation.refusalUnlessRecent(CurrentAccount.of(authentication), current, request, "to create a token");
        if (refused != null) {
            model.addAttribute("error", refused);
            return list(model);
        }
        try {
            model.addAttribute("newToken", tokens.create(account, "CI", null).secret());
            model.addAttribute("notice", "A new token for " + account.username() + "; revoke the old one once CI uses this one.");
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return list(model);
    }

    @PostMapping("/admin/service-accounts/{id}/tokens/{token}/revoke")
    String revoke(@PathVariable long id, @PathVariable long token) {
        if (!tokens.revoke(serviceAccount(id), token)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such token");
        }
        return "redirect:/admin/service-accounts";
    }

    private Account serviceAccount(long id) {
        return accounts.find(id).map(AccountDetails::account).filter(account -> account.role() == Role.CI)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such service account"));
    }
}
