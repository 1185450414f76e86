package shop;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The sign-up page of the web shop. */
@Controller
public class SignUpPage {

    private final Accounts accounts;
    private final PasswordEncoder passwords;

    public SignUpPage(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @GetMapping("/signup")
    String form() {
        return "signup";
    }

    @PostMapping("/signup")
    String signUp(@ModelAttribute Account account) {
        if (account.getUsername() == null || account.getUsername().isBlank() || account.getPassword() == null
                || account.getPassword().isBlank() || accounts.existsByUsername(account.getUsername())) {
            return "redirect:/signup?error";
        }
        account.setPassword(passwords.encode(account.getPassword()));
        accounts.save(account);
        return "redirect:/account";
    }
}
