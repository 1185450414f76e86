package shop;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The sign-up page of the web shop. */
@Controller
public class SignUpPage {

    /** The fields of the sign-up form, and only those: the form is bound to this, never to Account. */
    public static class SignUpForm {
        private String username;
        private String password;
        private String displayName;
        private String email;
        private Address address = new Address();
        private boolean newsletter;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public Address getAddress() {
            return address;
        }

        public void setAddress(Address address) {
            this.address = address;
        }

        public boolean isNewsletter() {
            return newsletter;
        }

        public void setNewsletter(boolean newsletter) {
            this.newsletter = newsletter;
        }
    }

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
    String signUp(@ModelAttribute SignUpForm form) {
        if (form.getUsername() == null || form.getUsername().isBlank() || form.getPassword() == null
                || form.getPassword().isBlank() || accounts.existsByUsername(form.getUsername())) {
            return "redirect:/signup?error";
        }
        Account account = new Account();
        account.setUsername(form.getUsername());
        account.setPassword(passwords.encode(form.getPassword()));
        account.setDisplayName(form.getDisplayName());
        account.setEmail(form.getEmail());
        account.setAddress(form.getAddress());
        account.setNewsletter(form.isNewsletter());
        accounts.save(account);
        return "redirect:/account";
    }
}
