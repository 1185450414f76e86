package shop;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The "my account" page of the web shop: the profile form, filled in with what is stored. */
@Controller
public class ProfilePage {

    /** The fields of the profile form, and only those: a posted form is bound to this, never to the stored Account. */
    public static class ProfileForm {
        private String displayName;
        private String email;
        private Address address = new Address();
        private boolean newsletter;

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

    public ProfilePage(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String form(@AuthenticationPrincipal UserDetails user, Model model) {
        model.addAttribute("account", current(user));
        return "account";
    }

    @PostMapping("/account")
    String save(@ModelAttribute ProfileForm form, @AuthenticationPrincipal UserDetails user) {
        Account account = current(user);
        account.setDisplayName(form.getDisplayName());
        account.setEmail(form.getEmail());
        account.setAddress(form.getAddress());
        account.setNewsletter(form.isNewsletter());
        accounts.save(account);
        return "redirect:/account?saved";
    }

    private Account current(UserDetails user) {
        return accounts.findByUsername(user.getUsername()).orElseThrow();
    }
}
